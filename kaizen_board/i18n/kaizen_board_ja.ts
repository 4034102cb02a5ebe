<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>The board cannot be opened:

{0}</source>
            <translation>ボードを開けません：

{0}</translation>
        </message>
        <message>
            <source>There is no database at {0}.

Make a new, empty board there, or open another database?</source>
            <translation>{0} にデータベースがありません。

そこに新しい空のボードを作成しますか？それとも別のデータベースを開きますか？</translation>
        </message>
        <message>
            <source>&amp;Make a new board</source>
            <translation>新しいボードを作成(&amp;M)</translation>
        </message>
        <message>
            <source>Open &amp;another…</source>
            <translation>別のデータベースを開く(&amp;A)…</translation>
        </message>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
        <message>
            <source>{0}

Restore the newest backup now?</source>
            <translation>{0}

最新のバックアップを今すぐ復元しますか？</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <source>Archived cards — {0}</source>
            <translation>アーカイブ済みのカード — {0}</translation>
        </message>
        <message>
            <source>Search: words, tag:5S, @name</source>
            <translation>検索：語句、tag:5S、@name</translation>
        </message>
        <message>
            <source>Search archived cards</source>
            <translation>アーカイブ済みのカードを検索</translation>
        </message>
        <message>
            <source>Archived cards</source>
            <translation>アーカイブ済みのカード</translation>
        </message>
        <message>
            <source>&amp;Restore to the board</source>
            <translation>ボードに戻す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>完全に削除(&amp;D)…</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) shown</source>
            <translation>
                <numerusform>%n枚のカードを表示中</numerusform>
            </translation>
        </message>
        <message>
            <source>The first {0} cards: type to narrow them down</source>
            <translation>最初の{0}枚を表示しています。入力すると絞り込めます</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>完全に削除</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n card(s) for good? Their history stays in the charts and the review; Edit &gt; Undo brings them back.</source>
            <translation>
                <numerusform>%n枚のカードを完全に削除しますか？履歴はグラフとレビューに残ります。編集 &gt; 元に戻す で元に戻せます。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>daily</source>
            <translation>毎日</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>復元前</translation>
        </message>
        <message>
            <source>before a board was deleted</source>
            <translation>ボードの削除前</translation>
        </message>
        <message>
            <source>before the upgrade from version {old} to {new}</source>
            <translation>バージョン {old} から {new} への更新前</translation>
        </message>
        <message>
            <source>taken by hand</source>
            <translation>手動</translation>
        </message>
        <message>
            <source>{location} is a team server: name the file to back it up into, like kaizen-board backup board-backup.sqlite</source>
            <translation>{location} はチームサーバーです。kaizen-board backup board-backup.sqlite のように、バックアップ先のファイルを指定してください</translation>
        </message>
        <message>
            <source>{location} is a team server: it keeps no backups of its own. Take one with 'kaizen-board backup FILE' and restore it into an empty database with 'kaizen-board copy --from FILE --to URL'</source>
            <translation>{location} はチームサーバーのため、独自のバックアップを保持していません。'kaizen-board backup FILE' でバックアップを作成し、'kaizen-board copy --from FILE --to URL' で空のデータベースに復元してください</translation>
        </message>
        <message>
            <source>there is no backup file {path}</source>
            <translation>バックアップファイル {path} がありません</translation>
        </message>
    </context>
    <context>
        <name>BoardController</name>
        <message>
            <source>The board is read-only: {0}. Nothing was changed.</source>
            <translation>ボードは読み取り専用です：{0}。何も変更していません。</translation>
        </message>
        <message>
            <source>{0}. {1} undoes it.</source>
            <translation>{0}。{1} で元に戻せます。</translation>
        </message>
        <message numerus="yes">
            <source>You confirmed you work to the standard of %n card(s).</source>
            <translation>
                <numerusform>%n枚のカードについて、標準どおりに作業していることを確認しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>You had confirmed this version of the standard already.</source>
            <translation>この版の標準はすでに確認済みです。</translation>
        </message>
        <message>
            <source>the picture</source>
            <translation>写真</translation>
        </message>
        <message>
            <source>Reading the picture…</source>
            <translation>写真を読み込んでいます…</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>{0} をインポートしています…</translation>
        </message>
    </context>
    <context>
        <name>BoardToolbar</name>
        <message>
            <source>Board</source>
            <translation>ボード</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>あなたの名前</translation>
        </message>
        <message>
            <source> Board: </source>
            <translation> ボード： </translation>
        </message>
        <message>
            <source> You are: </source>
            <translation> あなたの名前： </translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Add an idea, press Enter  (Ctrl+N)</source>
            <translation>アイデアを入力して Enter で追加  (Ctrl+N)</translation>
        </message>
        <message>
            <source>New card title</source>
            <translation>新しいカードのタイトル</translation>
        </message>
        <message>
            <source>Search: words, tag:5S, @name  (Ctrl+F)</source>
            <translation>検索：語句、tag:5S、@name  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search cards</source>
            <translation>カードを検索</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>検索：</translation>
        </message>
        <message>
            <source>&amp;Open card</source>
            <translation>カードを開く(&amp;O)</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>次のステージへ移動(&amp;N)</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>前のステージへ移動(&amp;P)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上へ移動(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下へ移動(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>アーカイブ(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Confirm I work to its standard</source>
            <translation>標準どおりに作業していることを確認(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <source>Added %n card(s) to the top of Standard; the search hides them: clear it (Esc in the search box) to see them.</source>
            <translation>
                <numerusform>%n枚のカードを「標準」の先頭に追加しましたが、検索で非表示になっています。表示するには検索を解除してください（検索欄で Esc）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add cards</source>
            <translation>カードの追加</translation>
        </message>
        <message>
            <source>The text has {0} lines. Add {0} cards, one for each line?</source>
            <translation>テキストは{0}行あります。1行につき1枚、計{0}枚のカードを追加しますか？</translation>
        </message>
        <message>
            <source>A title holds at most {0} characters; this one has {1}</source>
            <translation>タイトルは最大{0}文字です（このタイトルは{1}文字）</translation>
        </message>
        <message>
            <source>{0} lines: Enter adds one card for each</source>
            <translation>{0}行：Enter で1行につき1枚のカードを追加します</translation>
        </message>
        <message>
            <source>Work-in-progress limit</source>
            <translation>仕掛り上限（WIP上限）</translation>
        </message>
        <message>
            <source>Most cards {0} should hold (0 for no limit):</source>
            <translation>「{0}」に置けるカードの上限（0 で上限なし）：</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message numerus="yes">
            <source>waiting %n week(s)</source>
            <translation>
                <numerusform>%n週間滞留</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>waiting %n month(s)</source>
            <translation>
                <numerusform>%nか月滞留</numerusform>
            </translation>
        </message>
        <message>
            <source>no standard</source>
            <translation>標準なし</translation>
        </message>
        <message>
            <source>new standard not written</source>
            <translation>新しい標準が未記入</translation>
        </message>
        <message>
            <source>{0}/{1} on standard</source>
            <translation>{0}/{1}人が標準どおり</translation>
        </message>
        <message>
            <source>lap {0}</source>
            <translation>{0}周目</translation>
        </message>
    </context>
    <context>
        <name>CardEditor</name>
        <message>
            <source>Card #{0}</source>
            <translation>カード #{0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>comma-separated, e.g. 5S, safety</source>
            <translation>カンマ（,）区切り。例：5S, 安全</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>説明(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>担当者(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Submitted by:</source>
            <translation>提案者(&amp;S)：</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>タグ(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Impact:</source>
            <translation>効果(&amp;I)：</translation>
        </message>
        <message>
            <source>Impact &amp;note:</source>
            <translation>効果のメモ(&amp;N)：</translation>
        </message>
        <message>
            <source>Standard now</source>
            <translation>現在の標準</translation>
        </message>
        <message>
            <source>Earlier versions of the standard</source>
            <translation>標準の過去の版</translation>
        </message>
        <message>
            <source>Each change of the standard keeps the text it replaced here; pick one above to compare it with the standard now.</source>
            <translation>標準を変更するたびに、置き換えられた前の文章がここに残ります。上で版を選ぶと、現在の標準と比べられます。</translation>
        </message>
        <message>
            <source>Earlier versions:</source>
            <translation>過去の版：</translation>
        </message>
        <message>
            <source>The standard now (how the work is done):</source>
            <translation>現在の標準（作業のやり方）：</translation>
        </message>
        <message>
            <source>I &amp;work to this standard</source>
            <translation>この標準どおりに作業しています(&amp;W)</translation>
        </message>
        <message>
            <source>Step 2: confirm you work to this version of the standard (Ctrl+K on the board)</source>
            <translation>ステップ2：この版の標準どおりに作業していることを確認します（ボード上では Ctrl+K）</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>メンバー</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>カード(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Standard</source>
            <translation>標準(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Pictures</source>
            <translation>写真(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>履歴(&amp;H)</translation>
        </message>
        <message>
            <source>Save the new standard (OK) first: a confirmation is of the one saved.</source>
            <translation>先に新しい標準を保存してください（OK）。確認は保存済みの標準に対して行います。</translation>
        </message>
        <message>
            <source>No standard written yet: nothing to confirm.</source>
            <translation>標準がまだ書かれていないため、確認するものがありません。</translation>
        </message>
        <message>
            <source>Version {0}: {1}/{2} on standard. Confirmed by: {3}. Not yet: {4}.</source>
            <translation>第{0}版：{1}/{2}人が標準どおり。確認済み：{3}。未確認：{4}。</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>なし</translation>
        </message>
        <message numerus="yes">
            <source>{0}, lap {1}; %n improvement(s); created {2}</source>
            <translation>
                <numerusform>{0}、{1}周目、改善%n件、作成日時 {2}</numerusform>
            </translation>
        </message>
        <message>
            <source>until {0} (lap {1})</source>
            <translation>{0} まで（{1}周目）</translation>
        </message>
        <message>
            <source>This card was changed elsewhere while you edited it. Their changes are now in the fields, and yours are kept; press OK to save.</source>
            <translation>編集中に、このカードが別の場所で変更されました。その変更を各欄に反映し、あなたの変更も残してあります。OK を押すと保存します。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>You changed this card. Save your changes?</source>
            <translation>このカードは変更されています。変更を保存しますか？</translation>
        </message>
        <message>
            <source>money</source>
            <translation>コスト</translation>
        </message>
        <message>
            <source>time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>Add '{title}'</source>
            <translation>「{title}」を追加</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>{line}行目：{problem}</translation>
        </message>
        <message>
            <source>Edit '{title}'</source>
            <translation>「{title}」を編集</translation>
        </message>
        <message>
            <source>Delete '{title}'</source>
            <translation>「{title}」を削除</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Nothing here yet: add a card to start the count.</source>
            <translation>まだ何もありません。カードを追加すると集計が始まります。</translation>
        </message>
        <message>
            <source>No one has submitted an idea yet.</source>
            <translation>まだ誰もアイデアを提出していません。</translation>
        </message>
        <message>
            <source>No improvements yet: move a card into Re-standardize.</source>
            <translation>まだ改善がありません。カードを「再標準化」に移動してください。</translation>
        </message>
        <message>
            <source>ideas submitted</source>
            <translation>提出されたアイデア</translation>
        </message>
        <message>
            <source>improvements</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>running total</source>
            <translation>累計</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>週ごと</translation>
        </message>
        <message>
            <source>cards</source>
            <translation>カード数</translation>
        </message>
        <message>
            <source>median {days:.1f} days</source>
            <translation>中央値 {days:.1f} 日</translation>
        </message>
        <message>
            <source>days from start of lap to improvement</source>
            <translation>周回の開始から改善までの日数</translation>
        </message>
        <message>
            <source>No one is on the board's team yet: name a member on a card to start.</source>
            <translation>このボードのチームにはまだメンバーがいません。まずカードに担当者または提案者の名前を入力してください。</translation>
        </message>
        <message>
            <source>members on the team</source>
            <translation>チームのメンバー数</translation>
        </message>
        <message>
            <source>members</source>
            <translation>メンバー数</translation>
        </message>
        <message>
            <source>submitted an idea in the 4 weeks to the week</source>
            <translation>アイデアを提出したメンバー数（その週までの4週間）</translation>
        </message>
        <message>
            <source>ideas per member,
52 weeks to the week</source>
            <translation>メンバー1人あたりのアイデア数
（その週までの52週間）</translation>
        </message>
        <message>
            <source>{now} members submitted an idea in the last 4 weeks (4 weeks before: {before}).</source>
            <translation>過去4週間にアイデアを提出したメンバー：{now}（4週間前：{before}）。</translation>
        </message>
        <message>
            <source>Ideas per member in the last 52 weeks: {now} (52 weeks before: {before}).</source>
            <translation>過去52週間のメンバー1人あたりのアイデア数：{now}（52週間前：{before}）。</translation>
        </message>
        <message>
            <source>Not yet:</source>
            <translation>未提出：</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>なし</translation>
        </message>
    </context>
    <context>
        <name>ChartsWindow</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>過去4週間</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>過去3か月</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>過去1年</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全期間</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>ボード</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Cumulative improvement</source>
            <translation>改善の累計</translation>
        </message>
        <message>
            <source>Cumulative flow</source>
            <translation>累積フロー</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>メンバー別の貢献</translation>
        </message>
        <message>
            <source>Lead time</source>
            <translation>リードタイム</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>参加状況</translation>
        </message>
        <message>
            <source>Board:</source>
            <translation>ボード：</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>描画しています…</translation>
        </message>
        <message>
            <source>&amp;Save image…</source>
            <translation>画像を保存(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>グラフを画像としてコピー</translation>
        </message>
        <message>
            <source>Charts of {0} — Kaizen Board</source>
            <translation>{0} のグラフ — Kaizen Board</translation>
        </message>
        <message>
            <source>Charts — Kaizen Board</source>
            <translation>グラフ — Kaizen Board</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>グラフの保存</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>グラフを保存できませんでした</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>{0} に書き込めません：{1}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>kaizen-board: no translation into {language} ({known}); English is used</source>
            <translation>kaizen-board: {language} への翻訳はありません（利用可能：{known}）。英語で表示します</translation>
        </message>
        <message>
            <source>kaizen-board: error: the argument {argument} holds bytes that are not UTF-8 text; give names and titles as text (a file name that is not UTF-8: rename the file)</source>
            <translation>kaizen-board: エラー：引数 {argument} に UTF-8 のテキストではないバイトが含まれています。名前やタイトルはテキストで指定してください（ファイル名が UTF-8 でない場合は、ファイル名を変更してください）</translation>
        </message>
        <message>
            <source>kaizen-board: error: {error}</source>
            <translation>kaizen-board: エラー：{error}</translation>
        </message>
        <message>
            <source>before</source>
            <translation>改善前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>改善後</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>区分なし</translation>
        </message>
        <message>
            <source>A kanban board for the kaizen loop: Standard, Meet the standard, Improve, Re-standardize, and round again. Without a command it opens the window.</source>
            <translation>改善のサイクルのためのかんばんボード：標準、標準遵守、改善、再標準化、そしてまた次の周回へ。コマンドを指定しないとウィンドウを開きます。</translation>
        </message>
        <message>
            <source>make a sample board with a realistic history, in a database of its own (demo.sqlite in your data folder) unless --db names one</source>
            <translation>実際に近い履歴付きのサンプルボードを作成（--db で指定しない限り、専用のデータベース：データフォルダー内の demo.sqlite に作成）</translation>
        </message>
        <message>
            <source>how many cards (60)</source>
            <translation>カードの枚数（既定：60）</translation>
        </message>
        <message>
            <source>weeks of history (12)</source>
            <translation>履歴の週数（既定：12）</translation>
        </message>
        <message>
            <source>random seed (2026)</source>
            <translation>乱数のシード（既定：2026）</translation>
        </message>
        <message>
            <source>add a card; prints its id</source>
            <translation>カードを追加し、その ID を表示</translation>
        </message>
        <message>
            <source>who owns the card</source>
            <translation>カードの担当者</translation>
        </message>
        <message>
            <source>who submitted the idea (you)</source>
            <translation>アイデアの提案者（既定：あなた）</translation>
        </message>
        <message>
            <source>move a card to a stage</source>
            <translation>カードをステージへ移動</translation>
        </message>
        <message>
            <source>position in the stage, 0 for the top (the end)</source>
            <translation>ステージ内の位置。0 で先頭（既定：末尾）</translation>
        </message>
        <message>
            <source>write the card's standard with the move (its new one, entering Re-standardize; its first, leaving Standard without one): one change, one undo</source>
            <translation>移動と同時にカードの標準を記入（「再標準化」に入るときは新しい標準、標準のないまま「標準」を出るときは最初の標準）。1回の変更として記録され、1回で元に戻せます</translation>
        </message>
        <message>
            <source>the same, the text read from a UTF-8 file</source>
            <translation>同上。ただし本文を UTF-8 のファイルから読み込む</translation>
        </message>
        <message>
            <source>print one card whole: its fields, its standard and earlier ones, its history</source>
            <translation>1枚のカードのすべてを表示：各項目、標準と過去の版、履歴</translation>
        </message>
        <message>
            <source>confirm that you (or --by NAME) work to a card's standard as it is now (step 2)</source>
            <translation>あなた（または --by NAME のメンバー）が、カードの現在の標準どおりに作業していることを確認（ステップ2）</translation>
        </message>
        <message>
            <source>who confirms (you; on a team server always you)</source>
            <translation>確認するメンバー（既定：あなた。チームサーバーでは常にあなた）</translation>
        </message>
        <message>
            <source>list the board's team, whose confirmations count; add or remove members</source>
            <translation>ボードのチーム（確認が数えられるメンバー）を一覧表示。メンバーの追加・除外も可能</translation>
        </message>
        <message>
            <source>those who left too</source>
            <translation>チームから離脱したメンバーも表示</translation>
        </message>
        <message>
            <source>add a picture to a card: a photo of before or after the improvement</source>
            <translation>カードに写真を追加：改善前または改善後の写真</translation>
        </message>
        <message>
            <source>Add a picture (PNG, JPEG, GIF, WebP, BMP or TIFF) to a card; {limits}.</source>
            <translation>カードに写真（PNG、JPEG、GIF、WebP、BMP、TIFF）を追加します。{limits}。</translation>
        </message>
        <message>
            <source>list cards, one a line: id, stage, position, lap, owner, title (tab-separated)</source>
            <translation>カードを1行に1枚ずつ一覧表示：ID、ステージ、位置、周回、担当者、タイトル（タブ区切り）</translation>
        </message>
        <message>
            <source>list the archived cards</source>
            <translation>アーカイブ済みのカードを一覧表示</translation>
        </message>
        <message>
            <source>only the cards the window's search box finds for WORDS: words, tag:NAME, @MEMBER (quote WORDS that hold spaces); each keeps its position in its stage</source>
            <translation>ウィンドウの検索欄で WORDS を検索したときに見つかるカードのみ：語句、tag:NAME、@MEMBER（空白を含む WORDS は引用符で囲む）。各カードの位置はステージ内の位置のまま</translation>
        </message>
        <message>
            <source>write the weekly review page as PDF or PNG</source>
            <translation>週次レビューのページを PDF または PNG で書き出す</translation>
        </message>
        <message>
            <source>ISO week, like 2026-W48 (this week)</source>
            <translation>ISO 週。例：2026-W48（既定：今週）</translation>
        </message>
        <message>
            <source>a .pdf or .png file (kaizen-review-WEEK.pdf)</source>
            <translation>.pdf または .png ファイル（既定：kaizen-review-WEEK.pdf）</translation>
        </message>
        <message>
            <source>paper size (by locale)</source>
            <translation>用紙サイズ（既定：ロケールによる）</translation>
        </message>
        <message>
            <source>write a card's kaizen sheet (one page for the wall) as PDF or PNG</source>
            <translation>カードの改善シート（壁に貼る1ページ）を PDF または PNG で書き出す</translation>
        </message>
        <message>
            <source>a .pdf or .png file (kaizen-sheet-CARD.pdf)</source>
            <translation>.pdf または .png ファイル（既定：kaizen-sheet-CARD.pdf）</translation>
        </message>
        <message>
            <source>write the board to CSV</source>
            <translation>ボードを CSV にエクスポート</translation>
        </message>
        <message>
            <source>also write every event to FILE</source>
            <translation>すべてのイベント（履歴）も FILE に書き出す</translation>
        </message>
        <message>
            <source>start with a byte-order mark, for Excel</source>
            <translation>Excel 用に、先頭にバイトオーダーマーク（BOM）を付ける</translation>
        </message>
        <message>
            <source>add the cards of a file: its own CSV export, or another tool's (Trello, Jira, Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard, Planner) or any table with a title column</source>
            <translation>ファイルのカードを追加：Kaizen Board 自身の CSV エクスポート、ほかのツール（Trello、Jira、Kanboard、Wekan、Asana、Notion、GitHub Projects、Focalboard、Planner）のファイル、またはタイトルの列がある任意の表</translation>
        </message>
        <message>
            <source>check the file and say what would be added</source>
            <translation>ファイルを確認し、追加される内容を表示</translation>
        </message>
        <message>
            <source>where the cards of a list, column or status go: --map "To Do=standard" --map "Doing=improve" (a stage, or archived); repeat for each</source>
            <translation>リスト・列・ステータスごとのカードの移動先：--map "To Do=standard" --map "Doing=improve"（ステージ、または archived）。それぞれについて繰り返し指定</translation>
        </message>
        <message>
            <source>where finished (closed, done, archived) cards go: archived (the default) or a stage</source>
            <translation>完了した（クローズ・完了・アーカイブ済みの）カードの移動先：archived（既定）またはステージ</translation>
        </message>
        <message>
            <source>the file's text encoding if it is not UTF-8 or UTF-16 (cp1252: German or French Excel)</source>
            <translation>ファイルの文字コード（UTF-8 と UTF-16 以外の場合。cp1252：ドイツ語版・フランス語版 Excel）</translation>
        </message>
        <message>
            <source>update the cards an earlier import of the same source added (they are skipped otherwise)</source>
            <translation>同じ取り込み元からの以前のインポートで追加したカードを更新（指定しなければスキップ）</translation>
        </message>
        <message>
            <source>list the imports made, newest first, with their ids</source>
            <translation>実行したインポートを新しい順に ID 付きで一覧表示</translation>
        </message>
        <message>
            <source>take back an import (the newest, or the one with this id from --list): the cards it added, with their events</source>
            <translation>インポートを取り消す（最新のもの、または --list で表示される ID のもの）：追加したカードを、そのイベントとともに削除</translation>
        </message>
        <message>
            <source>write a verified copy of the database</source>
            <translation>データベースの検証済みのコピーを書き出す</translation>
        </message>
        <message>
            <source>where to write it (the backups folder)</source>
            <translation>書き込み先（既定：バックアップフォルダー）</translation>
        </message>
        <message>
            <source>copy boards with their whole history between two databases (a file, a team server), either way</source>
            <translation>2つのデータベース（ファイル、チームサーバー）の間で、ボードをすべての履歴とともにコピー（どちらの方向にも可能）</translation>
        </message>
        <message>
            <source>only this board (all)</source>
            <translation>このボードのみ（既定：すべて）</translation>
        </message>
        <message>
            <source>set up a team server: its schema, members and viewers (PostgreSQL)</source>
            <translation>チームサーバーを設定：スキーマ、メンバー、閲覧者（PostgreSQL）</translation>
        </message>
        <message>
            <source>make the schema and the roles kaizen_members and kaizen_viewers</source>
            <translation>スキーマと、ロール kaizen_members と kaizen_viewers を作成</translation>
        </message>
        <message>
            <source>a sign-in for a person, in the members' group (or the viewers')</source>
            <translation>個人のログインを作成（メンバーのグループ、または閲覧者のグループに所属）</translation>
        </message>
        <message>
            <source>the sign-in name, like aiko</source>
            <translation>ログイン名。例：aiko</translation>
        </message>
        <message>
            <source>may only read the board (a shop-floor screen)</source>
            <translation>ボードの閲覧のみ可能（現場の表示画面用）</translation>
        </message>
        <message>
            <source>list the database's backups, newest first</source>
            <translation>データベースのバックアップを新しい順に一覧表示</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current state is backed up first)</source>
            <translation>データベースをバックアップで置き換える（現在の状態を先にバックアップ）</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>バックアップファイル</translation>
        </message>
        <message>
            <source>put Kaizen Board in your desktop's applications menu, with its icon (for you alone: in $XDG_DATA_HOME, by default ~/.local/share)</source>
            <translation>Kaizen Board をアイコン付きでデスクトップのアプリケーションメニューに追加（自分のユーザーのみ：$XDG_DATA_HOME、既定では ~/.local/share）</translation>
        </message>
        <message>
            <source>database file, sqlite:/// or postgresql:// URL (default: $KAIZEN_BOARD_DB, else one file in your data folder)</source>
            <translation>データベースファイル、または sqlite:/// か postgresql:// の URL（既定：$KAIZEN_BOARD_DB、なければデータフォルダー内のファイル）</translation>
        </message>
        <message>
            <source>board to use (the first one)</source>
            <translation>使用するボード（既定：最初のボード）</translation>
        </message>
        <message>
            <source>the language of the window and of what is printed: en, de, ja (by default the one chosen in the window, else the system's)</source>
            <translation>ウィンドウと出力の言語：en、de、ja（既定：ウィンドウで選んだ言語、なければシステムの言語）</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} は正の整数ではありません</translation>
        </message>
        <message>
            <source>{text} has no words to look for; give some, like: --search 'pump tag:5S @Aiko'</source>
            <translation>{text} には検索する語句がありません。次のように指定してください：--search 'pump tag:5S @Aiko'</translation>
        </message>
        <message>
            <source>{location}: {reason}; nothing was changed</source>
            <translation>{location}：{reason}。何も変更していません</translation>
        </message>
        <message>
            <source>kaizen-board: made a new database at {location}</source>
            <translation>kaizen-board: {location} に新しいデータベースを作成しました</translation>
        </message>
        <message>
            <source>Added {cards} cards with {weeks} weeks of history to board {board} in {location}: {moves} moves, {improvements} improvements, {archived} archived.</source>
            <translation>{location} のボード {board} に、{weeks}週間分の履歴とともに{cards}枚のカードを追加しました：移動 {moves}件、改善 {improvements}件、アーカイブ {archived}件。</translation>
        </message>
        <message>
            <source>The sample is a database of its own; open it with: kaizen-board --db {location}   (delete the file to remove it)</source>
            <translation>サンプルは専用のデータベースです。開くには：kaizen-board --db {location}   （削除するにはファイルを削除してください）</translation>
        </message>
        <message>
            <source>kaizen-board: warning: {warning}</source>
            <translation>kaizen-board: 警告：{warning}</translation>
        </message>
        <message>
            <source>{option} {name}: byte {byte} is not UTF-8 text; save it as UTF-8</source>
            <translation>{option} {name}：位置 {byte} のバイトが UTF-8 のテキストではありません。UTF-8 で保存してください</translation>
        </message>
        <message>
            <source>{option} {name}: cannot read it ({reason})</source>
            <translation>{option} {name}：読み込めません（{reason}）</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>アーカイブ済み</translation>
        </message>
        <message>
            <source>position {position}</source>
            <translation>位置 {position}</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>誰か</translation>
        </message>
        <message>
            <source>stage: {stage} ({place}), lap {lap}, since {since}</source>
            <translation>ステージ：{stage}（{place}）、{lap}周目、{since} から</translation>
        </message>
        <message>
            <source>owner: {owner}; submitted by: {submitter}</source>
            <translation>担当者：{owner}、提案者：{submitter}</translation>
        </message>
        <message>
            <source>created: {created}; improvements: {improvements}</source>
            <translation>作成日時：{created}、改善：{improvements}件</translation>
        </message>
        <message>
            <source>tags: {tags}</source>
            <translation>タグ：{tags}</translation>
        </message>
        <message>
            <source>impact: {category} {note}</source>
            <translation>効果：{category} {note}</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>説明：</translation>
        </message>
        <message>
            <source>Standard, version {version}:</source>
            <translation>標準（第{version}版）：</translation>
        </message>
        <message>
            <source>confirmed in lap {lap} by: {confirmed}; not yet by: {missing}</source>
            <translation>{lap}周目の確認済み：{confirmed}、未確認：{missing}</translation>
        </message>
        <message>
            <source>Standard: none written</source>
            <translation>標準：未記入</translation>
        </message>
        <message>
            <source>earlier texts, oldest first:</source>
            <translation>過去の版（古い順）：</translation>
        </message>
        <message>
            <source>lap {lap}, replaced {when}:</source>
            <translation>{lap}周目、{when} に置き換え：</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Pictures:</source>
            <translation>写真：</translation>
        </message>
        <message>
            <source>#{id} {kind}: {width} x {height} {format}, {size} as given, scaled down, {added} by {member}</source>
            <translation>#{id} {kind}：{width} x {height} {format}、元のサイズ {size}、縮小済み、{added} に {member} が追加</translation>
        </message>
        <message>
            <source>#{id} {kind}: {width} x {height} {format}, {size} as given, {added} by {member}</source>
            <translation>#{id} {kind}：{width} x {height} {format}、元のサイズ {size}、{added} に {member} が追加</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>履歴：</translation>
        </message>
        <message>
            <source>{size} kB</source>
            <translation>{size} kB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{who} confirmed: #{id} {title}, standard version {version}; {confirmed}/{team} on standard</source>
            <translation>{who} が確認しました：#{id} {title}、標準の第{version}版。{confirmed}/{team}人が標準どおり</translation>
        </message>
        <message>
            <source>{who} had confirmed it already: #{id} {title}, standard version {version}; {confirmed}/{team} on standard</source>
            <translation>{who} はすでに確認済みです：#{id} {title}、標準の第{version}版。{confirmed}/{team}人が標準どおり</translation>
        </message>
        <message>
            <source> (not yet: {names})</source>
            <translation>（未確認：{names}）</translation>
        </message>
        <message>
            <source>'members' lists the team; to change it: members add|remove NAME</source>
            <translation>'members' はチームを一覧表示します。変更するには：members add|remove NAME</translation>
        </message>
        <message>
            <source>joined {date}</source>
            <translation>{date} に参加</translation>
        </message>
        <message>
            <source>left {date}</source>
            <translation>{date} に離脱</translation>
        </message>
        <message>
            <source>picture #{id} ({kind}, {width} x {height} (scaled down)) added to card #{card}</source>
            <translation>写真 #{id}（{kind}、{width} x {height}（縮小済み））をカード #{card} に追加しました</translation>
        </message>
        <message>
            <source>picture #{id} ({kind}, {width} x {height}) added to card #{card}</source>
            <translation>写真 #{id}（{kind}、{width} x {height}）をカード #{card} に追加しました</translation>
        </message>
        <message>
            <source>Wrote the kaizen sheet of card #{card} to {path}</source>
            <translation>カード #{card} の改善シートを {path} に書き出しました</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n card(s) of board {board} to {path}</source>
            <translation>
                <numerusform>ボード {board} の%n枚のカードを {path} に書き出しました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n event(s) to {path}</source>
            <translation>
                <numerusform>%n件のイベントを {path} に書き出しました</numerusform>
            </translation>
        </message>
        <message>
            <source>import --list takes no FILE, --dry-run or --map: it lists the imports made</source>
            <translation>import --list には FILE、--dry-run、--map を指定できません。これは実行済みのインポートを一覧表示します</translation>
        </message>
        <message>
            <source>import --undo takes no FILE, --dry-run or --map: it takes back an import already made</source>
            <translation>import --undo には FILE、--dry-run、--map を指定できません。これは実行済みのインポートを取り消します</translation>
        </message>
        <message>
            <source>import: name the FILE to import (or --list, or --undo)</source>
            <translation>import：インポートする FILE を指定してください（または --list か --undo）</translation>
        </message>
        <message>
            <source>Read as: {kind}</source>
            <translation>読み込み形式：{kind}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>注記：{note}</translation>
        </message>
        <message numerus="yes">
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n件の移動</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n枚のカード</numerusform>
            </translation>
        </message>
        <message>
            <source>(no list)</source>
            <translation>（リストなし）</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more warning(s)</source>
            <translation>
                <numerusform>...ほか%n件の警告</numerusform>
            </translation>
        </message>
        <message>
            <source>Backed up {location} to {path}</source>
            <translation>{location} を {path} にバックアップしました</translation>
        </message>
        <message>
            <source>{url}: a team is set up on a PostgreSQL server (postgresql://...)</source>
            <translation>{url}：チームは PostgreSQL サーバー上に設定します（postgresql://...）</translation>
        </message>
        <message>
            <source>kaizen-board: waiting for another window or command to finish writing (at most {seconds} s)…</source>
            <translation>kaizen-board: 別のウィンドウまたはコマンドの書き込みが終わるのを待っています（最大 {seconds} 秒）…</translation>
        </message>
        <message>
            <source>{location} was damaged: it was moved aside to {aside}, and {backup} restored in its place</source>
            <translation>{location} は破損していたため {aside} に移動し、代わりに {backup} を復元しました</translation>
        </message>
        <message>
            <source>Restored {location} from {backup}</source>
            <translation>{backup} から {location} を復元しました</translation>
        </message>
        <message>
            <source>Restored {location} from {backup}; what it held before is in {before}</source>
            <translation>{backup} から {location} を復元しました。復元前の内容は {before} にあります</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message>
            <source>Column menu: set or remove a work-in-progress limit</source>
            <translation>列のメニュー：仕掛り上限（WIP上限）の設定・解除</translation>
        </message>
        <message>
            <source>Menu of {0}</source>
            <translation>{0} のメニュー</translation>
        </message>
        <message>
            <source>Set work-in-progress limit…</source>
            <translation>仕掛り上限を設定…</translation>
        </message>
        <message>
            <source>Remove the limit</source>
            <translation>上限を解除</translation>
        </message>
        <message>
            <source>No card of this column matches the search.</source>
            <translation>この列には検索に一致するカードがありません。</translation>
        </message>
        <message>
            <source>A new board. Type your first idea above and press Enter.

To look around first, try the sample board: Help &gt; Open the sample board.</source>
            <translation>新しいボードです。上の欄に最初のアイデアを入力して Enter を押してください。

まず全体を見てみたい場合は、サンプルボードをお試しください：ヘルプ &gt; サンプルボードを開く。</translation>
        </message>
        <message>
            <source>How things are done today. Add an idea above, or bring a card back from Re-standardize to start its next lap.</source>
            <translation>現在の作業のやり方です。上の欄でアイデアを追加するか、「再標準化」からカードを戻して次の周回を始めます。</translation>
        </message>
        <message>
            <source>The team learns to work to the standard here. Drag a card here from Standard.</source>
            <translation>チームはここで標準どおりの作業を身につけます。「標準」からカードをここへドラッグしてください。</translation>
        </message>
        <message>
            <source>A better way on trial. Drag a card here to try it out.</source>
            <translation>より良いやり方を試行中です。試すカードをここへドラッグしてください。</translation>
        </message>
        <message>
            <source>Improvements that worked, written into the new standard.</source>
            <translation>効果のあった改善を、新しい標準として書き込みます。</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{1}枚中{0}枚</translation>
        </message>
        <message>
            <source>More cards than the work-in-progress limit of {0}</source>
            <translation>カードが仕掛り上限（{0}枚）を超えています</translation>
        </message>
        <message>
            <source>{0} cards; work-in-progress limit {1}</source>
            <translation>カード{0}枚、仕掛り上限{1}枚</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>a work-in-progress limit must be at least 1, not {limit}</source>
            <translation>仕掛り上限は1以上にしてください（指定された値：{limit}）</translation>
        </message>
        <message>
            <source>Limit {stage} to {limit}</source>
            <translation>「{stage}」の仕掛り上限を{limit}に設定</translation>
        </message>
        <message>
            <source>Remove the limit of {stage}</source>
            <translation>「{stage}」の仕掛り上限を解除</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>the confirmation is gone already, so nothing was undone</source>
            <translation>確認はすでに取り消されているため、何も元に戻していません</translation>
        </message>
        <message>
            <source>the standard of card #{card} was changed since, so the confirmation of the one before was not made again</source>
            <translation>カード #{card} の標準はその後変更されたため、以前の標準に対する確認はやり直していません</translation>
        </message>
        <message>
            <source>card #{card} is archived; restore it to confirm its standard</source>
            <translation>カード #{card} はアーカイブ済みです。標準を確認するには、ボードに戻してください</translation>
        </message>
        <message>
            <source>card #{card} has no standard written yet, so there is nothing to confirm; write it first (step 1)</source>
            <translation>カード #{card} には標準がまだ書かれていないため、確認するものがありません。先に標準を書いてください（ステップ1）</translation>
        </message>
        <message>
            <source>on a team server each member confirms for themselves: you are signed in as {you}, and {member} confirms signed in as {member}</source>
            <translation>チームサーバーでは、各メンバーが自分で確認します。あなたは {you} としてログインしています。{member} の確認は、{member} としてログインして行ってください</translation>
        </message>
        <message>
            <source>{member} is not on the team of the board {board}; add them with 'kaizen-board members add NAME' (or Board &gt; Team…) first</source>
            <translation>{member} はボード {board} のチームのメンバーではありません。先に 'kaizen-board members add NAME'（またはボード &gt; チーム…）で追加してください</translation>
        </message>
        <message>
            <source>{member} left the team of the board {board}; add them to it again to confirm</source>
            <translation>{member} はボード {board} のチームから離脱しています。確認するには、もう一度チームに追加してください</translation>
        </message>
        <message>
            <source>{member} confirms the standard of '{title}'</source>
            <translation>{member} が「{title}」の標準を確認</translation>
        </message>
    </context>
    <context>
        <name>ConflictPanel</name>
        <message>
            <source>This card was changed elsewhere while you edited it. Your text is kept in the fields; the version stored now is below. Press OK to save yours, or take theirs field by field.</source>
            <translation>編集中に、このカードが別の場所で変更されました。あなたの入力は各欄に残してあり、現在保存されている内容を下に表示しています。OK を押すとあなたの内容を保存します。欄ごとに保存されている内容を採用することもできます。</translation>
        </message>
        <message>
            <source>{0} stored now:</source>
            <translation>現在保存されている {0}：</translation>
        </message>
        <message>
            <source>Use this</source>
            <translation>これを使う</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>採用済み</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>提案者</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>効果</translation>
        </message>
        <message>
            <source>Impact note</source>
            <translation>効果のメモ</translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>no board</source>
            <translation>ボードなし</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n枚のカード</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n件のイベント</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {boards}: {cards} with {events}.</source>
            <translation>{boards} をコピーしました：{cards}、{events}。</translation>
        </message>
        <message>
            <source>{location} has no board named {boards}</source>
            <translation>{location} に {boards} という名前のボードはありません</translation>
        </message>
        <message>
            <source>{location} has a board named {boards} already: copying it again would make two. Rename one of them first; nothing was copied</source>
            <translation>{location} には {boards} という名前のボードがすでにあります。もう一度コピーすると2つになってしまいます。先にどちらかの名前を変更してください。何もコピーしていません</translation>
        </message>
        <message>
            <source>{location} has the board {board} already, as {copy} (made at the same moment, with the same first card): it was copied there before, so copying it again would make two of its history; nothing was copied</source>
            <translation>{location} にはボード {board} が {copy} としてすでにあります（同じ時刻に作成され、最初のカードも同じです）。以前にコピーされたもので、もう一度コピーすると履歴が二重になってしまいます。何もコピーしていません</translation>
        </message>
        <message>
            <source>{location} records every change as made by the member signed in ({member}), so the board's history would lose who made each change: copy it in signed in as the server's owner (who ran 'kaizen-board team init'); nothing was copied</source>
            <translation>{location} はすべての変更を、ログインしているメンバー（{member}）が行ったものとして記録するため、ボードの履歴から各変更を誰が行ったかが失われてしまいます。サーバーの所有者（'kaizen-board team init' を実行した人）としてログインしてコピーしてください。何もコピーしていません</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
        <message>
            <source>Something went wrong inside Kaizen Board ({0}).

What you did before is saved: each change is stored on its own, and one that fails changes nothing. The details are in {1}; this message will not show again in this session.</source>
            <translation>Kaizen Boardの内部で問題が発生しました（{0}）。

それまでの作業は保存されています。変更は1つずつ保存され、失敗した変更は何も変更しません。詳細は {1} にあります。このメッセージは、このセッション中は再び表示されません。</translation>
        </message>
    </context>
    <context>
        <name>CsvDialogs</name>
        <message>
            <source>Export board to CSV</source>
            <translation>ボードを CSV にエクスポート</translation>
        </message>
        <message>
            <source>Exporting {0}…</source>
            <translation>{0} をエクスポートしています…</translation>
        </message>
        <message>
            <source>Import cards</source>
            <translation>カードのインポート</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>{0} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Which encoding?</source>
            <translation>文字コードの選択</translation>
        </message>
        <message>
            <source>{0}

Which encoding was the file saved in?</source>
            <translation>{0}

このファイルはどの文字コードで保存されていますか？</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written</source>
            <translation>エクスポートを中止しました。何も書き込んでいません</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n card(s) to {0}</source>
            <translation>
                <numerusform>%n枚のカードを {0} にエクスポートしました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>Backed up to {0}</source>
            <translation>{0} にバックアップしました</translation>
        </message>
        <message>
            <source>The daily backup was not taken: {0}. The earlier backups are untouched.</source>
            <translation>毎日のバックアップを作成できませんでした：{0}。以前のバックアップはそのまま残っています。</translation>
        </message>
        <message>
            <source>Restored {0}; what the board held before is in {1}</source>
            <translation>{0} を復元しました。復元前のボードの内容は {1} にあります</translation>
        </message>
        <message>
            <source>a backup is being restored</source>
            <translation>バックアップを復元中</translation>
        </message>
        <message>
            <source>Waiting for another window or command to finish writing…</source>
            <translation>別のウィンドウまたはコマンドの書き込みが終わるのを待っています…</translation>
        </message>
        <message>
            <source>The restore was cancelled: nothing was changed</source>
            <translation>復元を中止しました。何も変更していません</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>{0} を復元しています…</translation>
        </message>
        <message>
            <source>{0} is damaged ({1}).</source>
            <translation>{0} は破損しています（{1}）。</translation>
        </message>
        <message>
            <source>Set it aside (it is kept, not deleted) and restore the newest backup, {0}?</source>
            <translation>このファイルを別の場所に移し（削除せずに保管します）、最新のバックアップ {0} を復元しますか？</translation>
        </message>
        <message>
            <source>Set it aside (it is kept, not deleted) and start an empty board?</source>
            <translation>このファイルを別の場所に移し（削除せずに保管します）、空のボードで始めますか？</translation>
        </message>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
        <message>
            <source>The database is damaged: {0}</source>
            <translation>データベースが破損しています：{0}</translation>
        </message>
        <message>
            <source>The damaged database was moved aside to {0}</source>
            <translation>破損したデータベースを {0} に移動しました</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the database location is empty: name a file, like --db board.sqlite</source>
            <translation>データベースの場所が空です。--db board.sqlite のようにファイルを指定してください</translation>
        </message>
        <message>
            <source>{location}: a database is a file path, a sqlite:/// URL or a postgresql://[user@]host[:port]/dbname URL</source>
            <translation>{location}：データベースには、ファイルのパス、sqlite:/// の URL、または postgresql://[user@]host[:port]/dbname の URL を指定してください</translation>
        </message>
        <message>
            <source>{location}: the schema version is missing or unreadable</source>
            <translation>{location}：スキーマのバージョンがないか、読み取れません</translation>
        </message>
        <message>
            <source>{location}: upgrading it from schema version {old} to {new} failed ({error}); it was left at version {old}</source>
            <translation>{location}：スキーマのバージョン {old} から {new} への更新に失敗しました（{error}）。バージョン {old} のまま残しています</translation>
        </message>
        <message>
            <source>{location}: upgrading it from schema version {old} to {new} failed ({error}); it was left at version {old}, and a copy from before is in {backup}</source>
            <translation>{location}：スキーマのバージョン {old} から {new} への更新に失敗しました（{error}）。バージョン {old} のまま残しています。更新前のコピーは {backup} にあります</translation>
        </message>
        <message>
            <source>{location} was written by a newer version of Kaizen Board (schema version {version}; this version reads up to {newest}). Install the newer version to open it; the file was left as it is.</source>
            <translation>{location} は新しいバージョンの Kaizen Board で書き込まれています（スキーマのバージョン {version}。このバージョンで読めるのは {newest} までです）。開くには新しいバージョンをインストールしてください。ファイルはそのままにしてあります。</translation>
        </message>
        <message>
            <source>{location}: unknown schema version {version}</source>
            <translation>{location}：スキーマのバージョン {version} は不明です</translation>
        </message>
        <message>
            <source>{path} is damaged or not a database ({error})</source>
            <translation>{path} は破損しているか、データベースではありません（{error}）</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} は破損しています：{problem}</translation>
        </message>
        <message>
            <source>cannot make the folder {folder} for the backup: {reason}</source>
            <translation>バックアップ用のフォルダー {folder} を作成できません：{reason}</translation>
        </message>
        <message>
            <source>cannot write {path}: the disk is full</source>
            <translation>{path} に書き込めません：ディスクがいっぱいです</translation>
        </message>
        <message>
            <source>cannot back up to {path}: {error}</source>
            <translation>{path} にバックアップできません：{error}</translation>
        </message>
        <message>
            <source>{location} is busy: another window or command kept it locked for writing for {seconds} s, so nothing was restored. Close it (or wait) and try again</source>
            <translation>{location} は使用中です。別のウィンドウまたはコマンドが書き込みのために {seconds} 秒間ロックしていたため、何も復元していません。それを閉じてから（または終わるのを待ってから）、もう一度お試しください</translation>
        </message>
        <message>
            <source>a text in it is not valid UTF-8: its bytes were changed outside Kaizen Board, in a way SQLite's own check of the file does not see</source>
            <translation>UTF-8 として正しくないテキストが含まれています。Kaizen Board の外部で、SQLite 自体のファイル検査では検出できない形でバイトが変更されています</translation>
        </message>
        <message>
            <source>SQLite's check failed</source>
            <translation>SQLite の整合性チェックに失敗しました</translation>
        </message>
        <message>
            <source>The newest backup is {backup}: restore it with `kaizen-board restore {backup}` or File &gt; Restore from backup.</source>
            <translation>最新のバックアップは {backup} です。`kaizen-board restore {backup}` または「ファイル &gt; バックアップから復元」で復元してください。</translation>
        </message>
        <message>
            <source>There is no backup of it to restore.</source>
            <translation>復元できるバックアップはありません。</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). It was left where it is, for its lock could not be taken ({reason}). {advice}</source>
            <translation>{path} は破損しています（{problem}）。ロックを取得できなかったため（{reason}）、ファイルはそのままの場所に残しています。{advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). Another Kaizen Board window or command has it open, so it was left where it is: close them, then open it again to set it aside. {advice}</source>
            <translation>{path} は破損しています（{problem}）。別の Kaizen Board のウィンドウまたはコマンドが開いているため、そのままの場所に残しています。それらを閉じてから再度開くと、ファイルを別の場所に移します。{advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}), and it could not be moved aside ({reason}): it was left where it is. {advice}</source>
            <translation>{path} は破損しており（{problem}）、別の場所に移すこともできませんでした（{reason}）。そのままの場所に残しています。{advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). It was moved aside to {moved}, not deleted. {advice}</source>
            <translation>{path} は破損しています（{problem}）。削除せずに {moved} に移動しました。{advice}</translation>
        </message>
        <message>
            <source>{location} is busy: another window or command kept it locked for writing; nothing was changed. Try again in a moment</source>
            <translation>{location} は使用中です。別のウィンドウまたはコマンドが書き込みのためにロックしていたため、何も変更していません。しばらくしてから、もう一度お試しください</translation>
        </message>
        <message>
            <source>the disk holding {location} is full: nothing was changed. Make room and try again</source>
            <translation>{location} のあるディスクがいっぱいです。何も変更していません。空き容量を確保してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>{backup} holds no board (it is empty), so restoring it would empty yours: nothing was changed</source>
            <translation>{backup} にはボードがありません（空です）。復元するとあなたのボードが空になるため、何も変更していません</translation>
        </message>
        <message>
            <source>cannot write in the folder {folder} for the database {database}: {reason}</source>
            <translation>データベース {database} のフォルダー {folder} に書き込めません：{reason}</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is a symbolic link: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>データベース {database} のロックファイル {path} がシンボリックリンクになっています。Kaizen Board はロックファイルを専用の通常のファイルとして作成し、そこにあるリンクをたどることはありません（誰かが仕掛けた可能性があります）。何も変更していません。心当たりがなければ削除してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is a folder: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>データベース {database} のロックファイル {path} がフォルダーになっています。Kaizen Board はロックファイルを専用の通常のファイルとして作成し、そこにあるリンクをたどることはありません（誰かが仕掛けた可能性があります）。何も変更していません。心当たりがなければ削除してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is not a regular file: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>データベース {database} のロックファイル {path} が通常のファイルではありません。Kaizen Board はロックファイルを専用の通常のファイルとして作成し、そこにあるリンクをたどることはありません（誰かが仕掛けた可能性があります）。何も変更していません。心当たりがなければ削除してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>{database} is being checked or set aside by another Kaizen Board window or command; try again in a moment</source>
            <translation>{database} は別の Kaizen Board のウィンドウまたはコマンドが検査中か、別の場所に移動中です。しばらくしてから、もう一度お試しください</translation>
        </message>
        <message>
            <source>cannot create the database {path}: {reason}</source>
            <translation>データベース {path} を作成できません：{reason}</translation>
        </message>
        <message>
            <source>{target} names no database file: SQLite would keep the board in memory, and everything added would be lost when the command ends. Name a file, like --db board.sqlite or sqlite:////home/you/board.sqlite; nothing was made</source>
            <translation>{target} はデータベースファイルを指していません。このままでは SQLite がボードをメモリー上に置くため、コマンドの終了時に追加した内容がすべて失われます。--db board.sqlite や sqlite:////home/you/board.sqlite のようにファイルを指定してください。何も作成していません</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file</source>
            <translation>{path} はフォルダーです。データベースファイルではありません</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe, a device or a socket), so it cannot be a database. The file was left as it is.</source>
            <translation>{path} は通常のファイルではない（パイプ、デバイス、ソケットのいずれか）ため、データベースとして使えません。ファイルはそのままにしてあります。</translation>
        </message>
        <message>
            <source>cannot create the folder {folder} for the database {path}: {reason}</source>
            <translation>データベース {path} 用のフォルダー {folder} を作成できません：{reason}</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>{path} を読み込めません：{reason}</translation>
        </message>
        <message>
            <source>{path} is not a Kaizen Board database: it is not an SQLite file. The file was left as it is.</source>
            <translation>{path} は Kaizen Board のデータベースではありません（SQLite のファイルではありません）。ファイルはそのままにしてあります。</translation>
        </message>
        <message>
            <source>{path} is read-only: Kaizen Board needs to write to it</source>
            <translation>{path} は読み取り専用です。Kaizen Board はこのファイルに書き込む必要があります</translation>
        </message>
        <message>
            <source>cannot write in the folder {folder} for the database {path} ({reason}): the folder is read-only, and SQLite keeps its log and Kaizen Board its lock beside the database</source>
            <translation>データベース {path} のフォルダー {folder} に書き込めません（{reason}）。フォルダーが読み取り専用です。SQLite はログを、Kaizen Board はロックファイルを、データベースと同じフォルダーに置きます</translation>
        </message>
        <message>
            <source>{path} is an SQLite database but not a Kaizen Board one (it has no {table} table). The file was left as it is.</source>
            <translation>{path} は SQLite のデータベースですが、Kaizen Board のデータベースではありません（{table} テーブルがありません）。ファイルはそのままにしてあります。</translation>
        </message>
        <message>
            <source>the disk holding {path} is full: SQLite cannot even make the files it reads a database with. Nothing was changed; make room and try again</source>
            <translation>{path} のあるディスクがいっぱいです。SQLite がデータベースの読み込みに使うファイルさえ作成できません。何も変更していません。空き容量を確保してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>{path}: the schema version is missing or unreadable. The file was left as it is.</source>
            <translation>{path}：スキーマのバージョンがないか、読み取れません。ファイルはそのままにしてあります。</translation>
        </message>
        <message>
            <source>{path} is a symbolic link that leads nowhere (or round in a loop): point it at the database file, or give the file's own path</source>
            <translation>{path} はリンク先のない（またはループしている）シンボリックリンクです。リンク先をデータベースファイルにするか、ファイル自体のパスを指定してください</translation>
        </message>
        <message>
            <source>there is no database at {path}: check the path (a new one is made by `kaizen-board add`, `import`, `demo` or the window)</source>
            <translation>{path} にデータベースがありません。パスを確認してください（新しいデータベースは `kaizen-board add`、`import`、`demo` またはウィンドウから作成できます）</translation>
        </message>
        <message>
            <source>{target} is the board's own database, log or backup; writing there would destroy it. Choose another file; nothing was written</source>
            <translation>{target} はボード自身のデータベース、ログ、またはバックアップです。書き込むと壊れてしまいます。別のファイルを選んでください。何も書き込んでいません</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSession</name>
        <message>
            <source>The board was restored from a backup by another window or command. What you could undo belonged to the board before, so the undo history was cleared.</source>
            <translation>別のウィンドウまたはコマンドによって、ボードがバックアップから復元されました。元に戻せた操作は復元前のボードに対するものだったため、元に戻す履歴を消去しました。</translation>
        </message>
        <message>
            <source>the team server cannot be reached; trying again every few seconds</source>
            <translation>チームサーバーに接続できません（数秒ごとに再試行中）</translation>
        </message>
        <message>
            <source>Connected again to {0}</source>
            <translation>{0} に再接続しました</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>cannot make the folder {folder}: {reason}</source>
            <translation>フォルダー {folder} を作成できません：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <source>no board named {name} in {location} (boards: {names})</source>
            <translation>{location} に {name} という名前のボードはありません（ボード：{names}）</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>まだありません</translation>
        </message>
        <message>
            <source>New board {name}</source>
            <translation>新しいボード {name}</translation>
        </message>
        <message>
            <source>a board named {name} already exists</source>
            <translation>{name} という名前のボードはすでにあります</translation>
        </message>
        <message>
            <source>no board #{board} in {location}</source>
            <translation>{location} にボード #{board} はありません</translation>
        </message>
        <message>
            <source>Rename board {before} to {after}</source>
            <translation>ボード名を {before} から {after} に変更</translation>
        </message>
        <message>
            <source>{name} is the only board: make another one before deleting it</source>
            <translation>{name} は唯一のボードです。削除する前に別のボードを作成してください</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{path} and {other} are one file: the second would replace the first. Name two files; nothing was written</source>
            <translation>{path} と {other} は同じファイルです。2つ目が1つ目を上書きしてしまいます。別々のファイルを指定してください。何も書き込んでいません</translation>
        </message>
        <message>
            <source>the export was cancelled; no file was written</source>
            <translation>エクスポートを中止しました。ファイルは書き込んでいません</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>the title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>the member name</source>
            <translation>メンバー名</translation>
        </message>
        <message>
            <source>the board name</source>
            <translation>ボード名</translation>
        </message>
        <message>
            <source>the tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>the description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>the standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>the impact note</source>
            <translation>効果のメモ</translation>
        </message>
        <message>
            <source>the {field}</source>
            <translation>{field}</translation>
        </message>
        <message>
            <source>a character that is not text (half of a pair, from bytes that are not UTF-8)</source>
            <translation>テキストではない文字（UTF-8 ではないバイトから生じた、サロゲートペアの片方）</translation>
        </message>
        <message>
            <source>a control character</source>
            <translation>制御文字</translation>
        </message>
        <message>
            <source>{field} is empty: type at least one character</source>
            <translation>{field}が空です。1文字以上入力してください</translation>
        </message>
        <message>
            <source>{field} contains {character} ({code}); it must be one line of text</source>
            <translation>{field}に{character}（{code}）が含まれています。1行のテキストにしてください</translation>
        </message>
        <message>
            <source>{field} is {length} characters long; at most {limit} fit</source>
            <translation>{field}が{length}文字あります。最大{limit}文字までです</translation>
        </message>
        <message>
            <source>{field} contains {character} ({code})</source>
            <translation>{field}に{character}（{code}）が含まれています</translation>
        </message>
        <message>
            <source>the tag {tag} contains a comma, which separates tags</source>
            <translation>タグ {tag} にカンマが含まれています。カンマはタグの区切りに使われます</translation>
        </message>
        <message>
            <source>unknown impact category {value}: use one of {names}</source>
            <translation>不明な効果の種類です：{value}。{names} のいずれかを指定してください</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the disk holding {path} is full ({reason}): nothing was written. Make room and try again</source>
            <translation>{path} のあるディスクがいっぱいです（{reason}）。何も書き込んでいません。空き容量を確保してから、もう一度お試しください</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>{path} に書き込めません：{reason}</translation>
        </message>
        <message>
            <source>another program keeps removing new folders in {folder}</source>
            <translation>別のプログラムが {folder} 内の新しいフォルダーを削除し続けています</translation>
        </message>
    </context>
    <context>
        <name>Foreign</name>
        <message>
            <source>the card's id there</source>
            <translation>元のツールでのカードの ID</translation>
        </message>
        <message>
            <source>submitted by</source>
            <translation>提案者</translation>
        </message>
        <message>
            <source>created</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>完了日時</translation>
        </message>
        <message>
            <source>{field}: the columns {columns} are joined</source>
            <translation>{field}：列 {columns} を結合しました</translation>
        </message>
        <message>
            <source>{field}: of the columns {columns}, the first with a value is taken</source>
            <translation>{field}：列 {columns} のうち、値のある最初の列を使います</translation>
        </message>
        <message>
            <source>--map {pair}: write the list and the stage as "To Do=standard"</source>
            <translation>--map {pair}：リストとステージは "To Do=standard" のように指定してください</translation>
        </message>
        <message>
            <source>{source}={target}: {error}; or archived</source>
            <translation>{source}={target}：{error}（または archived）</translation>
        </message>
        <message>
            <source>--closed {closed}: {error}; or archived</source>
            <translation>--closed {closed}：{error}（または archived）</translation>
        </message>
        <message>
            <source>no title: the row was skipped</source>
            <translation>タイトルがありません。この行はスキップしました</translation>
        </message>
        <message>
            <source>description: its last {count} characters were left out</source>
            <translation>説明：末尾の{count}文字を省きました</translation>
        </message>
        <message>
            <source>title: its line breaks became spaces</source>
            <translation>タイトル：改行を空白に置き換えました</translation>
        </message>
        <message>
            <source>title: {length} characters; its first {kept} are the title and the whole text starts the description</source>
            <translation>タイトル：{length}文字あるため、先頭の{kept}文字をタイトルにし、全文を説明の先頭に入れました</translation>
        </message>
        <message>
            <source>{field}: {value} is no date this importer knows; left out</source>
            <translation>{field}：{value} は読み取れる日付の形式ではないため、省きました</translation>
        </message>
        <message>
            <source>line {line}, {warning}</source>
            <translation>{line}行目、{warning}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>How the board works — Kaizen Board</source>
            <translation>ボードの使い方 — Kaizen Board</translation>
        </message>
        <message>
            <source>How the board works</source>
            <translation>ボードの使い方</translation>
        </message>
        <message>
            <source>type a new idea (Enter adds it to the top of Standard)</source>
            <translation>新しいアイデアを入力（Enter で「標準」の先頭に追加）</translation>
        </message>
        <message>
            <source>find cards: words, tag:5S, @name</source>
            <translation>カードを検索：語句、tag:5S、@name</translation>
        </message>
        <message>
            <source>go through the columns; ↑ and ↓ through the cards</source>
            <translation>列の間を移動（↑ と ↓ でカードの間を移動）</translation>
        </message>
        <message>
            <source>open the card</source>
            <translation>カードを開く</translation>
        </message>
        <message>
            <source>move the card to the next or previous stage</source>
            <translation>カードを次または前のステージへ移動</translation>
        </message>
        <message>
            <source>move the card up or down its column</source>
            <translation>カードを列の中で上下に移動</translation>
        </message>
        <message>
            <source>confirm you work to the card's standard</source>
            <translation>カードの標準どおりに作業していることを確認</translation>
        </message>
        <message>
            <source>archive the card</source>
            <translation>カードをアーカイブ</translation>
        </message>
        <message>
            <source>undo (and redo with Ctrl+Shift+Z)</source>
            <translation>元に戻す（やり直すには Ctrl+Shift+Z）</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>print the weekly review</source>
            <translation>週次レビューを印刷</translation>
        </message>
        <message>
            <source>make the board larger, smaller, its own size</source>
            <translation>ボードを拡大・縮小・元のサイズに戻す</translation>
        </message>
        <message>
            <source>full screen, for the meeting-room screen</source>
            <translation>全画面表示（会議室の画面向け）</translation>
        </message>
        <message>
            <source>Kaizen is improving every process a little, every day, by everyone. Each card is a process or an idea, and goes round four stages:</source>
            <translation>改善とは、すべての工程を、毎日、全員で、少しずつ良くしていくことです。各カードは1つの工程またはアイデアで、次の4つのステージを巡ります：</translation>
        </message>
        <message>
            <source>how the work is done today.</source>
            <translation>現在の作業のやり方。</translation>
        </message>
        <message>
            <source>the team learns to work to it; each member confirms it (Ctrl+K), and the card counts them: 5/7 on standard.</source>
            <translation>チームが標準どおりの作業を身につけます。各メンバーが確認し（Ctrl+K）、その人数がカードに表示されます（例：5/7人が標準どおり）。</translation>
        </message>
        <message>
            <source>a better way, on trial.</source>
            <translation>より良いやり方を試行中。</translation>
        </message>
        <message>
            <source>the improvement that worked is written into the new standard.</source>
            <translation>効果のあった改善を、新しい標準として書き込みます。</translation>
        </message>
        <message>
            <source>From Re-standardize a card goes back to Standard and starts its next &lt;b&gt;lap&lt;/b&gt;: the loop never ends. An &lt;b&gt;idea&lt;/b&gt; is a card added; an &lt;b&gt;improvement&lt;/b&gt; is counted the first time in a lap a card reaches Re-standardize, for its owner.</source>
            <translation>カードは「再標準化」から「標準」に戻り、次の&lt;b&gt;周回&lt;/b&gt;を始めます。このサイクルに終わりはありません。カードを1枚追加すると&lt;b&gt;アイデア&lt;/b&gt;1件、周回の中でカードが初めて「再標準化」に達すると、その担当者の&lt;b&gt;改善&lt;/b&gt;1件として数えます。</translation>
        </message>
        <message>
            <source>its title, then its tags as coloured chips;</source>
            <translation>タイトルと、その下に色付きで表示されるタグ。</translation>
        </message>
        <message>
            <source>its owner's initials in a circle of the owner's own colour;</source>
            <translation>担当者のイニシャル（担当者ごとの色の丸の中に表示）。</translation>
        </message>
        <message>
            <source>the colour down its left edge: what the improvement brings:</source>
            <translation>左端の色は、改善がもたらす効果を表します：</translation>
        </message>
        <message>
            <source>in amber, what the loop still asks of it (no standard, a new standard not written, or who works to it so far), in green once it is done;</source>
            <translation>サイクルの中でまだ必要なこと（標準なし、新しい標準が未記入、現在標準どおりに作業している人数）をオレンジ色で、済んだら緑色で表示。</translation>
        </message>
        <message>
            <source>how long it has waited in its column, from a week on; lap 2 and after; a small camera if it has before and after pictures.</source>
            <translation>1週間以上同じ列にある場合はその期間、2周目以降は周回数、改善前・改善後の写真がある場合は小さなカメラのマーク。</translation>
        </message>
        <message>
            <source>Everything can be done by mouse too: drag cards, right-click a card or a</source>
            <translation>すべての操作はマウスでも行えます。カードはドラッグで移動できます。</translation>
        </message>
        <message>
            <source>column's header for its menu.</source>
            <translation>カードや列の見出しを右クリックすると、そのメニューが開きます。</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>created</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>移動</translation>
        </message>
        <message>
            <source>improved</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>reordered</source>
            <translation>並べ替え</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>アーカイブ</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>アーカイブから復元</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>pictured</source>
            <translation>写真</translation>
        </message>
        <message>
            <source>title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>submitted_by</source>
            <translation>提案者</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>impact_category</source>
            <translation>効果</translation>
        </message>
        <message>
            <source>impact_note</source>
            <translation>効果のメモ</translation>
        </message>
        <message>
            <source>picture kind</source>
            <translation>写真の区分</translation>
        </message>
        <message>
            <source>improved: moved {source} → {target}</source>
            <translation>改善：「{source}」→「{target}」に移動</translation>
        </message>
        <message>
            <source>moved {source} → {target}</source>
            <translation>「{source}」→「{target}」に移動</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}：{before} → {after}</translation>
        </message>
    </context>
    <context>
        <name>ImpactLegend</name>
        <message>
            <source>Impact:</source>
            <translation>効果：</translation>
        </message>
        <message>
            <source>The colour down a card's left edge: what its improvement brings.</source>
            <translation>カードの左端の色は、その改善がもたらす効果を表します。</translation>
        </message>
        <message>
            <source>Impact colours: {0}</source>
            <translation>効果の色：{0}</translation>
        </message>
        <message>
            <source>money</source>
            <translation>コスト</translation>
        </message>
        <message>
            <source>time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>… and more</source>
            <translation>…ほかにもあります</translation>
        </message>
        <message>
            <source>{path}: nothing was imported:</source>
            <translation>{path}：次の問題があるため、何もインポートしていません：</translation>
        </message>
        <message>
            <source>the board</source>
            <translation>ボード</translation>
        </message>
        <message numerus="yes">
            <source>%n archived</source>
            <translation>
                <numerusform>アーカイブ済み %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would import %n card(s) into {boards}{stages} from {tool}</source>
            <translation>
                <numerusform>{tool} から %n枚のカードを {boards}{stages} にインポートします</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n card(s) into {boards}{stages} from {tool}</source>
            <translation>
                <numerusform>{tool} から %n枚のカードを {boards}{stages} にインポートしました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would import %n card(s) into {boards}{stages}</source>
            <translation>
                <numerusform>%n枚のカードを {boards}{stages} にインポートします</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n card(s) into {boards}{stages}</source>
            <translation>
                <numerusform>%n枚のカードを {boards}{stages} にインポートしました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there from an earlier import would be skipped (--update updates them)</source>
            <translation>
                <numerusform>以前のインポートで取り込み済みの%n枚はスキップします（--update で更新できます）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there from an earlier import were skipped (--update updates them)</source>
            <translation>
                <numerusform>以前のインポートで取り込み済みの%n枚をスキップしました（--update で更新できます）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there would be updated</source>
            <translation>
                <numerusform>取り込み済みの%n枚を更新します</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there were updated</source>
            <translation>
                <numerusform>取り込み済みの%n枚を更新しました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) from the source's history would be added</source>
            <translation>
                <numerusform>取り込み元の履歴から移動%n件を追加します</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) from the source's history were added</source>
            <translation>
                <numerusform>取り込み元の履歴から移動%n件を追加しました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{columns} and %n more</source>
            <translation>
                <numerusform>{columns} ほか%n列</numerusform>
            </translation>
        </message>
        <message>
            <source>Ignored unknown column: {columns}</source>
            <translation>不明な列を無視しました：{columns}</translation>
        </message>
        <message>
            <source>Ignored unknown columns: {columns}</source>
            <translation>不明な列を無視しました：{columns}</translation>
        </message>
        <message numerus="yes">
            <source>%n value was made to fit (see the warnings)</source>
            <translation>
                <numerusform>%n件の値を調整しました（警告を参照）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n values were made to fit (see the warnings)</source>
            <translation>
                <numerusform>%n件の値を調整しました（警告を参照）</numerusform>
            </translation>
        </message>
        <message>
            <source>the import of {file} was cancelled: nothing was stored</source>
            <translation>{file} のインポートを中止しました。何も保存していません</translation>
        </message>
        <message numerus="yes">
            <source>the first %n row, above the header, was skipped</source>
            <translation>
                <numerusform>見出し行より上にある最初の%n行をスキップしました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the first %n rows, above the header, were skipped</source>
            <translation>
                <numerusform>見出し行より上にある最初の%n行をスキップしました</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: the column {name} appears twice</source>
            <translation>{line}行目：列 {name} が2回出てきます</translation>
        </message>
        <message numerus="yes">
            <source>line {line}: %n field(s), but the header has {columns}</source>
            <translation>
                <numerusform>{line}行目：項目が%n個ありますが、見出し行は{columns}個です</numerusform>
            </translation>
        </message>
        <message>
            <source>title: {reason}; the row was skipped</source>
            <translation>タイトル：{reason}。この行はスキップしました</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>--map {value}: the file has no list of that name (it has {lists})</source>
            <translation>--map {value}：ファイルにその名前のリストはありません（あるのは {lists}）</translation>
        </message>
        <message>
            <source>no card: the title column {column} is empty in every row</source>
            <translation>カードがありません：タイトルの列 {column} がすべての行で空です</translation>
        </message>
        <message numerus="yes">
            <source>line {line}: %n field(s); a move has 7</source>
            <translation>
                <numerusform>{line}行目：項目が%n個です（移動の行は7個です）</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: {value} is no date this importer knows</source>
            <translation>{line}行目：{value} は読み取れる日付の形式ではありません</translation>
        </message>
        <message>
            <source>line {line}, id: empty; every card of an export has one</source>
            <translation>{line}行目、id：空です。エクスポートしたカードには必ず id があります</translation>
        </message>
        <message>
            <source>line {line}, id: card {card} appears twice in the file</source>
            <translation>{line}行目、id：カード {card} がファイル内に2回出てきます</translation>
        </message>
        <message>
            <source>line {line}: longer than {limit} characters: not a list of cards</source>
            <translation>{line}行目：{limit}文字を超えています。カードの一覧ではありません</translation>
        </message>
        <message>
            <source>line {line}: the record starting here is longer than {limit} characters (by line {last}): not a card</source>
            <translation>{line}行目：ここから始まるレコードが{limit}文字を超えています（{last}行目まで）。カードではありません</translation>
        </message>
        <message numerus="yes">
            <source>Import %n card(s) from {file}</source>
            <translation>
                <numerusform>{file} から%n枚のカードをインポート</numerusform>
            </translation>
        </message>
        <message>
            <source>No import has been made into this database.</source>
            <translation>このデータベースへのインポートはまだありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) added</source>
            <translation>
                <numerusform>%n枚のカードを追加</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n枚を更新</numerusform>
            </translation>
        </message>
        <message>
            <source>from {file} ({tool})</source>
            <translation>{file}（{tool}）から</translation>
        </message>
        <message>
            <source>[undone]</source>
            <translation>[元に戻し済み]</translation>
        </message>
        <message>
            <source>--undo {wanted}: give an import's id from --list</source>
            <translation>--undo {wanted}：--list に表示されるインポートの id を指定してください</translation>
        </message>
        <message>
            <source>there is no import to undo</source>
            <translation>元に戻せるインポートがありません</translation>
        </message>
        <message>
            <source>there is no import {wanted}</source>
            <translation>インポート {wanted} はありません</translation>
        </message>
        <message>
            <source>import {id} was undone already</source>
            <translation>インポート {id} はすでに元に戻されています</translation>
        </message>
        <message numerus="yes">
            <source>import {id} added nothing (it updated %n card(s)): the command line cannot take updates back; the window's Undo can, in the session that made them</source>
            <translation>
                <numerusform>インポート {id} ではカードを追加していません（%n枚のカードを更新しました）。更新はコマンドラインでは元に戻せません。更新を行ったセッション中であれば、ウィンドウの「元に戻す」で元に戻せます</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from {file}</source>
            <translation>{file} からのインポート</translation>
        </message>
        <message numerus="yes">
            <source>Undid import {id}: took away the %n card(s) it added</source>
            <translation>
                <numerusform>インポート {id} を元に戻しました：追加した%n枚のカードを取り除きました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the %n card(s) it updated keep their new values</source>
            <translation>
                <numerusform>更新した%n枚のカードは新しい値のままです</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move from before their card was created was left out</source>
            <translation>
                <numerusform>カードの作成より前の移動%n件を省きました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moves from before their card was created were left out</source>
            <translation>
                <numerusform>カードの作成より前の移動%n件を省きました</numerusform>
            </translation>
        </message>
        <message>
            <source>{field}: {reason}; taken out</source>
            <translation>{field}：{reason}。その文字を取り除きました</translation>
        </message>
        <message>
            <source>{field}: {reason}; left out</source>
            <translation>{field}：{reason}。この値は省きました</translation>
        </message>
        <message>
            <source>line {line}, {field}: {error}</source>
            <translation>{line}行目、{field}：{error}</translation>
        </message>
        <message>
            <source>board name</source>
            <translation>ボード名</translation>
        </message>
        <message>
            <source>impact note</source>
            <translation>効果のメモ</translation>
        </message>
        <message>
            <source>description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>{value} is not a whole number of at least {minimum}</source>
            <translation>{value} は{minimum}以上の整数ではありません</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2026-11-23T09:00:00+00:00</source>
            <translation>{value} は 2026-11-23T09:00:00+00:00 のような日時ではありません</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Found by itself (UTF-8, UTF-16)</source>
            <translation>自動検出（UTF-8、UTF-16）</translation>
        </message>
        <message>
            <source>Windows Western, cp1252 (German, French, Spanish Excel)</source>
            <translation>Windows 西欧、cp1252（ドイツ語・フランス語・スペイン語版 Excel）</translation>
        </message>
        <message>
            <source>Latin-1, ISO-8859-1</source>
            <translation>Latin-1、ISO-8859-1</translation>
        </message>
        <message>
            <source>Japanese, Shift JIS (cp932: Japanese Excel)</source>
            <translation>日本語、Shift JIS（cp932：日本語版 Excel）</translation>
        </message>
        <message>
            <source>Japanese, EUC-JP</source>
            <translation>日本語、EUC-JP</translation>
        </message>
        <message>
            <source>Central European, cp1250</source>
            <translation>中央ヨーロッパ、cp1250</translation>
        </message>
        <message>
            <source>Cyrillic, cp1251</source>
            <translation>キリル文字、cp1251</translation>
        </message>
        <message>
            <source>Mac Roman</source>
            <translation>Mac Roman</translation>
        </message>
        <message>
            <source>Import {0}</source>
            <translation>{0} のインポート</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>アーカイブ済み</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>スキップする</translation>
        </message>
        <message>
            <source>Update them</source>
            <translation>更新する</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Finished cards go:</source>
            <translation>完了したカードの移動先(&amp;F)：</translation>
        </message>
        <message>
            <source>Cards already &amp;there from an earlier import:</source>
            <translation>以前のインポートで取り込み済みのカード(&amp;T)：</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>ファイル内</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>カード数</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>移動先</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>インポート(&amp;I)</translation>
        </message>
        <message>
            <source>Where the lists of the file go:</source>
            <translation>ファイル内の各リストの移動先：</translation>
        </message>
        <message>
            <source>Made to fit:</source>
            <translation>調整した箇所：</translation>
        </message>
        <message>
            <source>Read as: {0}</source>
            <translation>読み込み形式：{0}</translation>
        </message>
        <message>
            <source>(no list)</source>
            <translation>（リストなし）</translation>
        </message>
        <message>
            <source>Where {0} goes</source>
            <translation>{0} の移動先</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>…ほか{0}件</translation>
        </message>
        <message>
            <source>Archived ({0})</source>
            <translation>アーカイブ済み（{0}）</translation>
        </message>
        <message numerus="yes">
            <source>The first %n card(s):</source>
            <translation>
                <numerusform>最初の%n枚のカード：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Kaizen Board speaks the language chosen when it starts again.</source>
            <translation>選んだ言語は、Kaizen Boardを再起動すると反映されます。</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>今すぐ再起動(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>後で(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>データベースを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Archived cards…</source>
            <translation>アーカイブ済みのカード(&amp;A)…</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>バックアップから復元(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Export board to CSV…</source>
            <translation>ボードを CSV にエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Print weekly review…</source>
            <translation>週次レビューを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Save weekly review as P&amp;DF…</source>
            <translation>週次レビューを PDF で保存(&amp;D)…</translation>
        </message>
        <message>
            <source>Save weekly review as P&amp;NG…</source>
            <translation>週次レビューを PNG で保存(&amp;N)…</translation>
        </message>
        <message>
            <source>Print &amp;kaizen sheet of the card…</source>
            <translation>カードの改善シートを印刷(&amp;K)…</translation>
        </message>
        <message>
            <source>Save kaizen &amp;sheet of the card…</source>
            <translation>カードの改善シートを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New card</source>
            <translation>新しいカード(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>グラフ(&amp;C)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>実際のサイズ(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>カード(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>ボード(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>How the board &amp;works</source>
            <translation>ボードの使い方(&amp;W)</translation>
        </message>
        <message>
            <source>Open the &amp;sample board</source>
            <translation>サンプルボードを開く(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;About Kaizen Board</source>
            <translation>Kaizen Boardについて(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;New board…</source>
            <translation>新しいボード(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Rename board…</source>
            <translation>ボードの名前を変更(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Delete board…</source>
            <translation>ボードを削除(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>チーム(&amp;T)…</translation>
        </message>
        <message>
            <source>New board</source>
            <translation>新しいボード</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前：</translation>
        </message>
        <message>
            <source>Rename board</source>
            <translation>ボードの名前の変更</translation>
        </message>
        <message>
            <source> A backup from just before is in {0}.</source>
            <translation> 削除直前のバックアップは {0} にあります。</translation>
        </message>
        <message>
            <source>Deleted the board {0}.</source>
            <translation>ボード {0} を削除しました。</translation>
        </message>
        <message>
            <source>Zoom {0} %</source>
            <translation>ズーム {0} %</translation>
        </message>
        <message>
            <source>The system's ({0})</source>
            <translation>システムの設定（{0}）</translation>
        </message>
        <message>
            <source>New here? Press F1 for how the board works.</source>
            <translation>初めてお使いですか？ F1 キーでボードの使い方を表示します。</translation>
        </message>
        <message>
            <source>Making the sample board…</source>
            <translation>サンプルボードを作成しています…</translation>
        </message>
        <message>
            <source>{0} — {1} — Kaizen Board</source>
            <translation>{0} — {1} — Kaizen Board</translation>
        </message>
        <message>
            <source>Select a card first: its kaizen sheet is made of it</source>
            <translation>先にカードを選択してください。選択したカードの改善シートを作成します</translation>
        </message>
        <message>
            <source>Read-only: {0}</source>
            <translation>読み取り専用：{0}</translation>
        </message>
        <message>
            <source>The board shows what it last read: {0}</source>
            <translation>最後に読み込んだ内容を表示しています：{0}</translation>
        </message>
        <message>
            <source>Waiting for another window or command to finish writing…</source>
            <translation>別のウィンドウまたはコマンドの書き込みが終わるのを待っています…</translation>
        </message>
        <message>
            <source>About Kaizen Board</source>
            <translation>Kaizen Boardについて</translation>
        </message>
        <message>
            <source>Kaizen Board {0}

Standard, Meet the standard, Improve, Re-standardize, and round again.

Database: {1}</source>
            <translation>Kaizen Board {0}

標準、標準遵守、改善、再標準化、そしてまた次の周回へ。

データベース：{1}</translation>
        </message>
        <message numerus="yes">
            <source>Delete the board {0} with its %n card(s) and all their history, for good?</source>
            <translation>
                <numerusform>ボード {0} を、%n枚のカードとそのすべての履歴とともに完全に削除しますか？</numerusform>
            </translation>
        </message>
        <message>
            <source>A backup of the database is taken first; undo cannot bring it back.</source>
            <translation>削除の前にデータベースのバックアップを作成します。元に戻す操作では復元できません。</translation>
        </message>
        <message>
            <source>It goes for the whole team, and undo cannot bring it back: only the team server's own backups can.</source>
            <translation>チーム全員のボードから削除され、元に戻す操作では復元できません。復元できるのはチームサーバー自体のバックアップだけです。</translation>
        </message>
        <message>
            <source>Delete board</source>
            <translation>ボードの削除</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <source>(deleted card)</source>
            <translation>（削除されたカード）</translation>
        </message>
    </context>
    <context>
        <name>Moves</name>
        <message>
            <source>card #{card} is archived: restore it before moving it</source>
            <translation>カード #{card} はアーカイブ済みです。移動する前にボードに戻してください</translation>
        </message>
        <message>
            <source>cards of different boards cannot be moved together</source>
            <translation>別々のボードのカードを一緒に移動することはできません</translation>
        </message>
        <message>
            <source>Reorder '{title}'</source>
            <translation>「{title}」を並べ替え</translation>
        </message>
        <message>
            <source>Move '{title}' to {stage}</source>
            <translation>「{title}」を「{stage}」へ移動</translation>
        </message>
        <message>
            <source>card #{card} is archived already</source>
            <translation>カード #{card} はすでにアーカイブ済みです</translation>
        </message>
        <message>
            <source>Archive '{title}'</source>
            <translation>「{title}」をアーカイブ</translation>
        </message>
        <message>
            <source>card #{card} is not archived</source>
            <translation>カード #{card} はアーカイブされていません</translation>
        </message>
        <message>
            <source>Restore '{title}'</source>
            <translation>「{title}」をボードに戻す</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>Open database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <source>A database &amp;file…</source>
            <translation>データベースファイル(&amp;F)…</translation>
        </message>
        <message>
            <source>Team server address</source>
            <translation>チームサーバーのアドレス</translation>
        </message>
        <message>
            <source>A password is asked for when the server wants one, and kept only while the window is open; ~/.pgpass and PGPASSWORD work too.</source>
            <translation>サーバーが求める場合はパスワードの入力を求めます。パスワードはウィンドウを開いている間だけ保持されます。~/.pgpass や PGPASSWORD も使えます。</translation>
        </message>
        <message>
            <source>or a &amp;team server:</source>
            <translation>またはチームサーバー(&amp;T)：</translation>
        </message>
        <message>
            <source>Kaizen Board databases (*.sqlite *.db);;All files (*)</source>
            <translation>Kaizen Boardのデータベース (*.sqlite *.db);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Team server</source>
            <translation>チームサーバー</translation>
        </message>
        <message>
            <source>Password for {0}:</source>
            <translation>{0} のパスワード：</translation>
        </message>
    </context>
    <context>
        <name>Participation</name>
        <message>
            <source>no team yet</source>
            <translation>チームなし</translation>
        </message>
        <message>
            <source>{submitted} of {team}</source>
            <translation>{team}人中{submitted}人</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…ほか%n人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{prefix}%n members</source>
            <translation>
                <numerusform>{prefix}%n人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <source>before</source>
            <translation>改善前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>改善後</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>読み込めません</translation>
        </message>
        <message>
            <source>{kind}: missing</source>
            <translation>{kind}：写真なし</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Add a before picture to '{title}'</source>
            <translation>「{title}」に改善前の写真を追加</translation>
        </message>
        <message>
            <source>Add an after picture to '{title}'</source>
            <translation>「{title}」に改善後の写真を追加</translation>
        </message>
        <message>
            <source>Add a picture to '{title}'</source>
            <translation>「{title}」に写真を追加</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' before</source>
            <translation>「{title}」の写真の区分を「改善前」に変更</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' after</source>
            <translation>「{title}」の写真の区分を「改善後」に変更</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' plain</source>
            <translation>「{title}」の写真の区分を解除</translation>
        </message>
        <message>
            <source>a picture is marked {kinds}, not {kind}</source>
            <translation>写真の区分は {kinds} のいずれかです（{kind} は指定できません）</translation>
        </message>
        <message>
            <source>the card's pictures were changed elsewhere since; left as they are</source>
            <translation>カードの写真がその後別の場所で変更されたため、そのままにしました</translation>
        </message>
        <message>
            <source>the picture</source>
            <translation>写真</translation>
        </message>
        <message>
            <source>there is no picture #{picture}</source>
            <translation>写真 #{picture} はありません</translation>
        </message>
        <message>
            <source>Remove a picture of '{title}'</source>
            <translation>「{title}」の写真を削除</translation>
        </message>
        <message>
            <source>pictures up to {size} MB and {megapixels} megapixels; larger than {side} pixels are scaled down</source>
            <translation>写真は {size} MB・{megapixels} メガピクセルまでです。{side} ピクセルを超える写真は縮小されます</translation>
        </message>
        <message>
            <source>{path} is a folder, not a picture</source>
            <translation>{path} はフォルダーです。写真ではありません</translation>
        </message>
        <message>
            <source>{path} is not a picture file</source>
            <translation>{path} は画像ファイルではありません</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}：ファイルが見つかりません</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}</source>
            <translation>{path} を読み込めませんでした：{reason}</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a picture may be up to {limit} MB</source>
            <translation>{name} は {size} MB です。写真は {limit} MB までです</translation>
        </message>
        <message>
            <source>{name} is empty, not a picture</source>
            <translation>{name} は空です。写真ではありません</translation>
        </message>
        <message>
            <source>{name} is damaged or cut short: its JPEG data has no end</source>
            <translation>{name} は破損しているか、途中で切れています：JPEG データの終わりがありません</translation>
        </message>
        <message>
            <source>{name} is not a picture Kaizen Board can read (PNG, JPEG, GIF, WebP, BMP or TIFF)</source>
            <translation>{name} は Kaizen Board で読み込める画像ではありません（対応形式：PNG、JPEG、GIF、WebP、BMP、TIFF）</translation>
        </message>
        <message>
            <source>{name} is a {format} file; use PNG, JPEG, GIF, WebP, BMP or TIFF</source>
            <translation>{name} は {format} ファイルです。PNG、JPEG、GIF、WebP、BMP、TIFF のいずれかを使ってください</translation>
        </message>
        <message>
            <source>{name} claims to be {width} x {height} pixels, more than the {megapixels} megapixels a picture may have; it was not read</source>
            <translation>{name} は {width} x {height} ピクセルとされており、写真の上限の {megapixels} メガピクセルを超えるため、読み込みませんでした</translation>
        </message>
        <message>
            <source>{name} is larger than {megapixels} megapixels</source>
            <translation>{name} は {megapixels} メガピクセルを超えています</translation>
        </message>
        <message>
            <source>{name} is damaged or cut short: {reason}</source>
            <translation>{name} は破損しているか、途中で切れています：{reason}</translation>
        </message>
        <message>
            <source>the picture could not be stored as {format}</source>
            <translation>写真を {format} 形式で保存できませんでした</translation>
        </message>
    </context>
    <context>
        <name>PicturesPanel</name>
        <message>
            <source>Before</source>
            <translation>改善前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>改善後</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>写真</translation>
        </message>
        <message>
            <source>Pictures of the card</source>
            <translation>カードの写真</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>&amp;Add from file…</source>
            <translation>ファイルから追加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <source>Marked:</source>
            <translation>区分：</translation>
        </message>
        <message>
            <source>Drop pictures here, paste one, or add one from a file; new ones are marked as chosen above. {0}.</source>
            <translation>ここに写真をドロップするか、貼り付けるか、ファイルから追加してください。新しい写真には上で選んだ区分が付きます。{0}。</translation>
        </message>
        <message>
            <source>No pictures yet: a photo of before and of after</source>
            <translation>写真はまだありません。改善前と改善後の写真を追加できます</translation>
        </message>
        <message>
            <source>, scaled down</source>
            <translation>、縮小済み</translation>
        </message>
        <message>
            <source>{0}: {1} × {2}{3}; added {4} by {5}</source>
            <translation>{0}：{1} × {2}{3}。{4} に {5} が追加</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>誰か</translation>
        </message>
        <message>
            <source>Add pictures</source>
            <translation>写真の追加</translation>
        </message>
        <message>
            <source>The clipboard holds no picture to paste.</source>
            <translation>クリップボードに貼り付けられる画像がありません。</translation>
        </message>
        <message>
            <source>pasted.png</source>
            <translation>pasted.png</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Weekly review {0}</source>
            <translation>週次レビュー {0}</translation>
        </message>
        <message>
            <source>Making the weekly review {0}…</source>
            <translation>週次レビュー {0} を作成しています…</translation>
        </message>
        <message>
            <source>Kaizen sheet of card #{0}</source>
            <translation>カード #{0} の改善シート</translation>
        </message>
        <message>
            <source>Making the kaizen sheet…</source>
            <translation>改善シートを作成しています…</translation>
        </message>
        <message>
            <source>Save weekly review as {0}</source>
            <translation>週次レビューを {0} で保存</translation>
        </message>
        <message>
            <source>Saving the weekly review {0}…</source>
            <translation>週次レビュー {0} を保存しています…</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} を保存しました</translation>
        </message>
        <message>
            <source>Save kaizen sheet</source>
            <translation>改善シートの保存</translation>
        </message>
        <message>
            <source>Saving the kaizen sheet…</source>
            <translation>改善シートを保存しています…</translation>
        </message>
    </context>
    <context>
        <name>Ranks</name>
        <message>
            <source>position {index} is out of range: positions start at 0</source>
            <translation>位置 {index} は範囲外です。位置は 0 から始まります</translation>
        </message>
        <message numerus="yes">
            <source>position {index} is out of range: {stage} has %n other card(s), so positions go from 0 to {count}</source>
            <translation>
                <numerusform>位置 {index} は範囲外です。「{stage}」にはほかのカードが%n枚あるため、位置は 0 から {count} までです</numerusform>
            </translation>
        </message>
        <message>
            <source>card #{card} is not a card of {stage} to place others by</source>
            <translation>カード #{card} は「{stage}」のカードではないため、ほかのカードを置く基準にできません</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>ほかのファイル…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>復元(&amp;R)…</translation>
        </message>
        <message>
            <source>Backups of {0}, newest first:</source>
            <translation>{0} のバックアップ（新しい順）：</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>バックアップファイル</translation>
        </message>
        <message>
            <source>Databases (*.sqlite *.db);;All files (*)</source>
            <translation>データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Replace everything in {0} with the backup {1}?

What it holds now is backed up first, so this too can be undone by restoring that backup.</source>
            <translation>{0} の内容をすべてバックアップ {1} で置き換えますか？

現在の内容は先にバックアップされるため、そのバックアップを復元すればこの操作も取り消せます。</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>{path}: the review can be saved as .pdf or .png, not {suffix}</source>
            <translation>{path}：週次レビューは .pdf または .png で保存できます（{suffix} は使えません）</translation>
        </message>
        <message>
            <source>{path}: the kaizen sheet can be saved as .pdf or .png, not {suffix}</source>
            <translation>{path}：改善シートは .pdf または .png で保存できます（{suffix} は使えません）</translation>
        </message>
        <message>
            <source>last week {before} ({change})</source>
            <translation>先週 {before}（{change}）</translation>
        </message>
        <message>
            <source>Weekly kaizen review {week}</source>
            <translation>改善の週次レビュー {week}</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>アイデア</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>Moves</source>
            <translation>移動</translation>
        </message>
        <message>
            <source>{ideas}: cards created; {improvements}: cards entering {stage} for the first time in their lap.</source>
            <translation>{ideas}：作成されたカード。{improvements}：その周回で初めて「{stage}」に入ったカード。</translation>
        </message>
        <message>
            <source>Participation: the board's team as the week ended; ideas per member: the board's ideas of the {weeks} weeks to this one, over the team's size.</source>
            <translation>参加状況：週の終わり時点のボードのチーム。メンバーあたりのアイデア数：今週までの{weeks}週間のボードのアイデア数をチームの人数で割った値。</translation>
        </message>
        <message>
            <source>unknown paper {paper}: use a4 or letter</source>
            <translation>不明な用紙サイズです：{paper}。a4 または letter を指定してください</translation>
        </message>
        <message>
            <source>before:</source>
            <translation>改善前：</translation>
        </message>
        <message>
            <source>after:</source>
            <translation>改善後：</translation>
        </message>
        <message>
            <source>Improvements this week</source>
            <translation>今週の改善</translation>
        </message>
        <message>
            <source>None this week.</source>
            <translation>今週はありません。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…ほか%n件</numerusform>
            </translation>
        </message>
        <message>
            <source>No one is on the board's team yet.</source>
            <translation>ボードのチームにはまだ誰もいません。</translation>
        </message>
        <message>
            <source>{now} members submitted an idea in the last {weeks} weeks ({weeks} weeks before: {before}).</source>
            <translation>過去{weeks}週間にアイデアを提案したメンバー：{now}（その前の{weeks}週間：{before}）。</translation>
        </message>
        <message>
            <source>Ideas per member, last {weeks} weeks: {now}</source>
            <translation>メンバーあたりのアイデア数（過去{weeks}週間）：{now}</translation>
        </message>
        <message>
            <source>({weeks} weeks before: {before})</source>
            <translation>（その前の{weeks}週間：{before}）</translation>
        </message>
        <message>
            <source>Not yet: </source>
            <translation>未提案：</translation>
        </message>
        <message>
            <source>Not yet: no one.</source>
            <translation>未提案：なし。</translation>
        </message>
        <message>
            <source>Who contributed</source>
            <translation>貢献したメンバー</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>メンバー</translation>
        </message>
        <message>
            <source>Impr.</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>No ideas or improvements.</source>
            <translation>アイデアも改善もありません。</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>参加状況</translation>
        </message>
    </context>
    <context>
        <name>Rows</name>
        <message>
            <source>there is no card #{card}</source>
            <translation>カード #{card} はありません</translation>
        </message>
        <message>
            <source>card #{card} is on board {theirs}, not on {ours}</source>
            <translation>カード #{card} はボード {theirs} にあります（{ours} ではありません）</translation>
        </message>
        <message>
            <source>{title} (card #{card}) was changed elsewhere since you opened it, by someone else or in another window. Nothing of yours was saved over it: look at it as it is now and make your change again</source>
            <translation>{title}（カード #{card}）は、開いた後に別の場所で（ほかのメンバーまたは別のウィンドウによって）変更されました。あなたの変更で上書きはしていません。現在の内容を確認して、もう一度変更してください</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere at the same moment</source>
            <translation>カード #{card} は同時に別の場所で変更されました</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>money</source>
            <translation>コスト</translation>
        </message>
        <message>
            <source>time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>— (none written)</source>
            <translation>—（記入なし）</translation>
        </message>
        <message>
            <source>No standard written yet: nothing to confirm.</source>
            <translation>標準がまだ書かれていないため、確認するものがありません。</translation>
        </message>
        <message>
            <source>Version {version}. No one is on the board's team yet.</source>
            <translation>第{version}版。ボードのチームにはまだ誰もいません。</translation>
        </message>
        <message numerus="yes">
            <source>Version {version}: {confirmed} of %n members confirmed.</source>
            <translation>
                <numerusform>第{version}版：メンバー%n人中{confirmed}人が確認済み。</numerusform>
            </translation>
        </message>
        <message>
            <source>no one</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Confirmed: </source>
            <translation>確認済み：</translation>
        </message>
        <message>
            <source>Not yet: </source>
            <translation>未確認：</translation>
        </message>
        <message>
            <source>Kaizen sheet</source>
            <translation>改善シート</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>アーカイブ済み</translation>
        </message>
        <message>
            <source>Board: {board}</source>
            <translation>ボード：{board}</translation>
        </message>
        <message>
            <source>Card #{card} · lap {lap} · now: {state}</source>
            <translation>カード #{card} · {lap}周目 · 現在：{state}</translation>
        </message>
        <message>
            <source>Submitted by: {submitter}    Owner: {owner}</source>
            <translation>提案者：{submitter}    担当者：{owner}</translation>
        </message>
        <message>
            <source>Impact: {impact}</source>
            <translation>効果：{impact}</translation>
        </message>
        <message>
            <source>This lap</source>
            <translation>この周回</translation>
        </message>
        <message>
            <source>Before and after</source>
            <translation>改善前と改善後</translation>
        </message>
        <message>
            <source>Standard before</source>
            <translation>変更前の標準</translation>
        </message>
        <message>
            <source>Standard after</source>
            <translation>変更後の標準</translation>
        </message>
        <message>
            <source>Working to the standard</source>
            <translation>標準どおりの作業</translation>
        </message>
        <message>
            <source>Its moves</source>
            <translation>移動の履歴</translation>
        </message>
        <message>
            <source>{when}   lap {lap}   {what}</source>
            <translation>{when}   {lap}周目   {what}</translation>
        </message>
        <message>
            <source>Before: the text the newest version of the standard replaced; after: the standard now.</source>
            <translation>変更前：最新版の標準に置き換えられた文章。変更後：現在の標準。</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>{tool} {kind}</source>
            <translation>{tool} {kind}</translation>
        </message>
        <message>
            <source>{kind}, {encoding}</source>
            <translation>{kind}、{encoding}</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>スプレッドシート</translation>
        </message>
        <message>
            <source>Kanboard (its tasks' moves)</source>
            <translation>Kanboard（タスクの移動履歴）</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>{where}: no title column found (the first row has: {found}); expected a column named Title, Summary, Name, Card Name, Task name or a translation of one (タイトル, Titel, Titre, Résumé, Título, ...)</source>
            <translation>{where}：タイトルの列が見つかりません（最初の行にあるのは {found}）。Title、Summary、Name、Card Name、Task name、またはその翻訳（タイトル、Titel、Titre、Résumé、Título など）という名前の列が必要です</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>{path} を読み込めません：{reason}</translation>
        </message>
        <message>
            <source>a damaged zip archive ({error})</source>
            <translation>破損した zip ファイルです（{error}）</translation>
        </message>
        <message>
            <source>not an Excel workbook that can be read (no zip inside)</source>
            <translation>読み込める Excel ブックではありません（中身が zip 形式ではありません）</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe, a device or a folder): save the cards as a file and import that</source>
            <translation>{path} は通常のファイルではありません（パイプ、デバイス、またはフォルダーです）。カードをファイルに保存して、そのファイルをインポートしてください</translation>
        </message>
        <message>
            <source>unknown encoding {encoding}: use one such as utf-8, utf-16 or cp1252</source>
            <translation>不明な文字コードです：{encoding}。utf-8、utf-16、cp1252 などを指定してください</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>{line}行目</translation>
        </message>
        <message>
            <source>line {line}: the header has {columns} columns; at most {limit} fit</source>
            <translation>{line}行目：見出し行に{columns}列あります。使える列は最大{limit}列です</translation>
        </message>
        <message>
            <source>line 1: the file is empty: the first line must be a header with at least a title column</source>
            <translation>1行目：ファイルが空です。最初の行は、少なくともタイトルの列を含む見出し行にしてください</translation>
        </message>
        <message>
            <source>line {line}: a field is longer than {limit} characters</source>
            <translation>{line}行目：{limit}文字を超える項目があります</translation>
        </message>
        <message>
            <source>line {line}: not valid CSV ({error})</source>
            <translation>{line}行目：正しい CSV ではありません（{error}）</translation>
        </message>
        <message>
            <source>bytes that are not {encoding} text</source>
            <translation>{encoding} のテキストではないバイトがあります</translation>
        </message>
        <message>
            <source>{problem}; if a spreadsheet saved it in another encoding (German or French Excel save cp1252), import it again naming that one: --encoding cp1252 on the command line, or the encoding in the import preview</source>
            <translation>{problem}。スプレッドシートが別の文字コードで保存したファイルの場合は（日本語版 Excel は cp932、ドイツ語版やフランス語版の Excel は cp1252 で保存します）、その文字コードを指定してもう一度インポートしてください。コマンドラインでは --encoding cp1252 のように指定し、ウィンドウではインポートのプレビューで文字コードを選びます</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>{line}行目：{problem}</translation>
        </message>
        <message>
            <source>{file}, {problem}</source>
            <translation>{file}、{problem}</translation>
        </message>
        <message>
            <source>not an Excel workbook that can be read ({error})</source>
            <translation>読み込める Excel ブックではありません（{error}）</translation>
        </message>
        <message>
            <source>a row of {sheet} has more than {limit} cells</source>
            <translation>シート {sheet} に{limit}個を超えるセルを含む行があります</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel ブック</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>{row}行目</translation>
        </message>
        <message>
            <source>a damaged Excel workbook ({kind}: {error})</source>
            <translation>破損した Excel ブックです（{kind}：{error}）</translation>
        </message>
        <message>
            <source>row {row}: more than {limit} rows: not a plan</source>
            <translation>{row}行目：{limit}行を超えています。カードの一覧ではありません</translation>
        </message>
        <message>
            <source>a damaged zip archive ({file}: {error})</source>
            <translation>破損した zip ファイルです（{file}：{error}）</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} bytes</source>
            <translation>{file} は{limit}バイトを超えています</translation>
        </message>
        <message>
            <source>{file} is too large</source>
            <translation>{file} は大きすぎます</translation>
        </message>
        <message>
            <source>a zip archive without a table of cards (it holds {found}); expected Notion's export (a CSV inside) or Focalboard's .boardarchive</source>
            <translation>カードの表を含まない zip ファイルです（中身：{found}）。Notion のエクスポート（CSV を含むもの）か Focalboard の .boardarchive が必要です</translation>
        </message>
        <message>
            <source>CSV in a zip archive ({file})</source>
            <translation>zip ファイル内の CSV（{file}）</translation>
        </message>
        <message>
            <source>{file}, line {line}: not JSON ({error})</source>
            <translation>{file}、{line}行目：JSON ではありません（{error}）</translation>
        </message>
        <message>
            <source>a JSON file larger than {limit} bytes</source>
            <translation>{limit}バイトを超える JSON ファイルです</translation>
        </message>
        <message>
            <source>line {line}: not valid JSON ({error})</source>
            <translation>{line}行目：正しい JSON ではありません（{error}）</translation>
        </message>
        <message>
            <source>not valid JSON ({error})</source>
            <translation>正しい JSON ではありません（{error}）</translation>
        </message>
        <message>
            <source>JSON nested deeper than any board: not a board</source>
            <translation>JSON の入れ子が深すぎます。ボードではありません</translation>
        </message>
        <message>
            <source>keys {keys}</source>
            <translation>キー {keys}</translation>
        </message>
        <message>
            <source>JSON, but not a board this reads (it has {found}); expected Trello's or Wekan's board export (with lists and cards) or Focalboard's archive</source>
            <translation>JSON ですが、読み込めるボードではありません（中身：{found}）。Trello か Wekan のボードのエクスポート（リストとカードを含むもの）、または Focalboard のアーカイブが必要です</translation>
        </message>
        <message>
            <source>board JSON</source>
            <translation>ボードの JSON</translation>
        </message>
        <message>
            <source>board archive</source>
            <translation>ボードのアーカイブファイル</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>unknown stage {text}: use one of {names}</source>
            <translation>不明なステージです：{text}。{names} のいずれかを指定してください</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Meet the standard</source>
            <translation>標準遵守</translation>
        </message>
        <message>
            <source>Improve</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>Re-standardize</source>
            <translation>再標準化</translation>
        </message>
    </context>
    <context>
        <name>StageModel</name>
        <message>
            <source>Owner: {0}</source>
            <translation>担当者：{0}</translation>
        </message>
        <message>
            <source>Tags: {0}</source>
            <translation>タグ：{0}</translation>
        </message>
        <message>
            <source>Impact: {0}</source>
            <translation>効果：{0}</translation>
        </message>
    </context>
    <context>
        <name>StandardPrompt</name>
        <message>
            <source>Write the standard</source>
            <translation>標準の記入</translation>
        </message>
        <message>
            <source>Write the new standard</source>
            <translation>新しい標準の記入</translation>
        </message>
        <message>
            <source>“{0}” has no standard yet. Step 1 of kaizen: write down how the work is done now, so that the team can meet it and improve it.</source>
            <translation>「{0}」にはまだ標準がありません。改善のステップ1：チームが守り、改善していけるように、現在の作業のやり方を書き出してください。</translation>
        </message>
        <message>
            <source>“{0}” is improved. Write its new standard: the improvement becomes the way the work is done.</source>
            <translation>「{0}」は改善されました。新しい標準を書いてください。改善したやり方が、これからの作業のやり方になります。</translation>
        </message>
        <message>
            <source>How the work is done, step by step</source>
            <translation>作業のやり方（手順ごとに）</translation>
        </message>
        <message>
            <source>(none was written)</source>
            <translation>（記入なし）</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>変更前の標準：</translation>
        </message>
        <message>
            <source>&amp;New standard:</source>
            <translation>新しい標準(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Standard:</source>
            <translation>標準(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Write and move</source>
            <translation>記入して移動(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Move anyway</source>
            <translation>このまま移動(&amp;M)</translation>
        </message>
        <message>
            <source>Not everyone works to the standard yet</source>
            <translation>まだ全員が標準どおりに作業していません</translation>
        </message>
        <message>
            <source>“{0}”: do not skip this step. Before improving a standard, everyone works to it. Not yet confirmed by: {1}.</source>
            <translation>「{0}」：このステップを飛ばさないでください。標準を改善する前に、全員が標準どおりに作業できるようにします。未確認のメンバー：{1}。</translation>
        </message>
        <message>
            <source>Each member confirms in the card's editor, or with Ctrl+K on the board.</source>
            <translation>各メンバーは、カードの編集画面またはボード上の Ctrl+K で確認します。</translation>
        </message>
    </context>
    <context>
        <name>Standards</name>
        <message>
            <source>Do not skip this step</source>
            <translation>このステップを飛ばさないでください</translation>
        </message>
        <message>
            <source>card #{card} went on to {stage} before everyone works to its standard ({warning}): not yet confirmed by {names}</source>
            <translation>カード #{card} は、全員が標準どおりに作業する前に「{stage}」へ進みました（{warning}）。未確認のメンバー：{names}</translation>
        </message>
        <message>
            <source>card #{card} left {stage} with no standard written (step 1: write down how the work is done now); write it with --standard TEXT or in the card's editor</source>
            <translation>カード #{card} は標準が書かれないまま「{stage}」から移動しました（ステップ1：現在の作業のやり方を書き出します）。--standard TEXT またはカードの編集画面で標準を書いてください</translation>
        </message>
        <message>
            <source>card #{card} entered {stage} without its new standard (the improvement is not the way of working until it is written); write it with --standard TEXT or in the card's editor</source>
            <translation>カード #{card} は新しい標準がないまま「{stage}」に入りました（改善は、標準として書かれるまで作業のやり方になりません）。--standard TEXT またはカードの編集画面で標準を書いてください</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>the team was changed elsewhere since, so it was left as it is</source>
            <translation>チームがその後別の場所で変更されたため、そのままにしました</translation>
        </message>
        <message>
            <source>Add {member} to the team of {board}</source>
            <translation>{member} を {board} のチームに追加</translation>
        </message>
        <message>
            <source>{member} is not on the team of the board {board}</source>
            <translation>{member} はボード {board} のチームにいません</translation>
        </message>
        <message>
            <source>Remove {member} from the team of {board}</source>
            <translation>{member} を {board} のチームから外す</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team of {0}</source>
            <translation>{0} のチーム</translation>
        </message>
        <message>
            <source>Members of the team</source>
            <translation>チームのメンバー</translation>
        </message>
        <message>
            <source>Name of a member to add</source>
            <translation>追加するメンバーの名前</translation>
        </message>
        <message>
            <source>Name to add</source>
            <translation>追加する名前</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove from the team</source>
            <translation>チームから外す(&amp;R)</translation>
        </message>
        <message>
            <source>Everyone named on a card as owner or submitter joins the team. Confirmations of a standard count for the members now on it; someone removed stops counting, and their history stays.</source>
            <translation>カードに担当者または提案者として名前のある人は、チームに加わります。標準の確認は現在のメンバーについて数えます。チームから外したメンバーは数えなくなりますが、その履歴は残ります。</translation>
        </message>
        <message>
            <source>{0} (left {1})</source>
            <translation>{0}（{1} に離脱）</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <source>{location} is busy: another member's change kept the board locked; nothing was changed. Try again in a moment</source>
            <translation>{location} は使用中です。ほかのメンバーの変更でボードがロックされていたため、何も変更していません。少し待ってからもう一度お試しください</translation>
        </message>
        <message>
            <source>another member changed the board at the same moment; nothing was changed. Try again</source>
            <translation>ほかのメンバーが同時にボードを変更したため、何も変更していません。もう一度お試しください</translation>
        </message>
        <message>
            <source>{location}: you may read this board but not change it (a viewer); nothing was changed</source>
            <translation>{location}：閲覧者のため、このボードは閲覧のみで変更はできません。何も変更していません</translation>
        </message>
        <message>
            <source>{location} wants a password ({reason}): give it when asked, or in ~/.pgpass or PGPASSWORD</source>
            <translation>{location} にはパスワードが必要です（{reason}）。求められたときに入力するか、~/.pgpass または PGPASSWORD で指定してください</translation>
        </message>
        <message>
            <source>the team server {location} cannot be reached ({reason}): check that it runs, that the address is right and that you may sign in</source>
            <translation>チームサーバー {location} に接続できません（{reason}）。サーバーが動いていること、アドレスが正しいこと、サインインが許可されていることを確認してください</translation>
        </message>
        <message>
            <source>{location}: {problem}; nothing was moved or changed</source>
            <translation>{location}：{problem}。何も移動・変更していません</translation>
        </message>
        <message>
            <source>the team server {location} cannot be reached ({error})</source>
            <translation>チームサーバー {location} に接続できません（{error}）</translation>
        </message>
        <message>
            <source>the connection to {location} was lost ({error})</source>
            <translation>{location} との接続が切れました（{error}）</translation>
        </message>
        <message>
            <source>the connection to {location} was lost</source>
            <translation>{location} との接続が切れました</translation>
        </message>
        <message>
            <source>{location}: a team server needs the team extra: pip install 'kaizen-board[team]' (in a checkout: -c constraints.txt)</source>
            <translation>{location}：チームサーバーを使うには追加機能 team が必要です：pip install 'kaizen-board[team]'（ソースのチェックアウトでは -c constraints.txt を付けます）</translation>
        </message>
        <message>
            <source>{location} is not a PostgreSQL address: {error}</source>
            <translation>{location} は PostgreSQL のアドレスではありません：{error}</translation>
        </message>
        <message>
            <source>{location}: {role} is neither a member nor a viewer of this board: the server's administrator adds you with 'kaizen-board team add URL {role}'</source>
            <translation>{location}：{role} はこのボードのメンバーでも閲覧者でもありません。サーバーの管理者に 'kaizen-board team add URL {role}' で追加してもらってください</translation>
        </message>
        <message>
            <source>you may read this board but not change it (a viewer)</source>
            <translation>閲覧者のため、このボードは閲覧のみで変更はできません</translation>
        </message>
        <message>
            <source>{location}: the board is not set up on this server yet, and {role} may not set it up: the database's owner sets it up with 'kaizen-board team init URL'; nothing was changed</source>
            <translation>{location}：このサーバーにはまだボードが設定されておらず、{role} には設定する権限がありません。データベースの所有者が 'kaizen-board team init URL' で設定します。何も変更していません</translation>
        </message>
        <message>
            <source>{location}: the board on this server is at schema version {version}, and this version of Kaizen Board needs version {needed}: the server's board must be upgraded by its owner ({owner}), with 'kaizen-board team init URL' signed in as {owner}, or by opening it once as {owner}; nothing was changed</source>
            <translation>{location}：このサーバーのボードはスキーマのバージョン {version} ですが、このバージョンの Kaizen Board にはバージョン {needed} が必要です。サーバーのボードは所有者（{owner}）がアップグレードする必要があります。{owner} としてサインインして 'kaizen-board team init URL' を実行するか、{owner} として一度ボードを開いてください。何も変更していません</translation>
        </message>
        <message>
            <source>made the group role {role}</source>
            <translation>グループロール {role} を作成しました</translation>
        </message>
        <message>
            <source>the board's schema is at version {version}</source>
            <translation>ボードのスキーマはバージョン {version} です</translation>
        </message>
        <message>
            <source>{members} may change the board, {viewers} may read it</source>
            <translation>{members} はボードを変更でき、{viewers} はボードを閲覧できます</translation>
        </message>
        <message>
            <source>{name} cannot be a sign-in name: use lower-case letters, digits and _ (starting with a letter)</source>
            <translation>{name} はサインイン名に使えません。英小文字、数字、_ を使ってください（先頭は英字）</translation>
        </message>
        <message>
            <source>{name} is now in {group}</source>
            <translation>{name} を {group} に追加しました</translation>
        </message>
        <message>
            <source>made the sign-in {name} in {group}; give it a password with: psql -c '\password {name}'</source>
            <translation>サインイン {name} を {group} に作成しました。次のコマンドでパスワードを設定してください：psql -c '\password {name}'</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{text} is not an ISO week: write it like 2026-W48</source>
            <translation>{text} は ISO 週ではありません。2026-W48 のように指定してください</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>card #{card} exists again; the delete was not undone</source>
            <translation>カード #{card} が再び存在するため、削除を元に戻しませんでした</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere after this change, so it was not undone</source>
            <translation>カード #{card} はこの変更の後に別の場所で変更されたため、元に戻しませんでした</translation>
        </message>
        <message>
            <source>card #{card} exists again, so it was not added again</source>
            <translation>カード #{card} が再び存在するため、もう一度追加することはしませんでした</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere since this change was undone, so it was not made again</source>
            <translation>カード #{card} はこの変更を元に戻した後に別の場所で変更されたため、やり直しませんでした</translation>
        </message>
        <message>
            <source>cards were added to the board {board} since it was made, so it stays</source>
            <translation>ボード {board} には作成後にカードが追加されたため、ボードは残しました</translation>
        </message>
        <message>
            <source>a board named {name} exists again</source>
            <translation>{name} という名前のボードがすでにあります</translation>
        </message>
        <message>
            <source>the board {board} was changed elsewhere since, so it was left as it is</source>
            <translation>ボード {board} がその後別の場所で変更されたため、そのままにしました</translation>
        </message>
        <message>
            <source>another board is named {name} now, so it was left as it is</source>
            <translation>ほかのボードが現在 {name} という名前のため、そのままにしました</translation>
        </message>
        <message>
            <source>the limit of {stage} was changed elsewhere since, so it was left as it is</source>
            <translation>「{stage}」の上限がその後別の場所で変更されたため、そのままにしました</translation>
        </message>
        <message>
            <source>cards of the import were changed or deleted since, so the import was not undone</source>
            <translation>インポートしたカードがその後変更または削除されたため、インポートを元に戻しませんでした</translation>
        </message>
        <message>
            <source>cards of the import have history added since (another import's moves, say), so the import was not undone: undo that one first</source>
            <translation>インポートしたカードにその後履歴が追加されたため（別のインポートによる移動など）、インポートを元に戻しませんでした。先にそちらを元に戻してください</translation>
        </message>
        <message>
            <source>the import can no longer be made again here; import the file again</source>
            <translation>このインポートは、ここではもうやり直せません。ファイルをもう一度インポートしてください</translation>
        </message>
        <message>
            <source>the import can no longer be made again here (its cards' ids were taken since); import the file again</source>
            <translation>このインポートは、ここではもうやり直せません（その後カードの id がほかで使われました）。ファイルをもう一度インポートしてください</translation>
        </message>
    </context>
    <context>
        <name>WeekDialog</name>
        <message>
            <source>Weekly review</source>
            <translation>週次レビュー</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>週</translation>
        </message>
        <message>
            <source>Day of another week</source>
            <translation>別の週の日付</translation>
        </message>
        <message>
            <source>&amp;Review this week</source>
            <translation>この週をレビュー(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Week:</source>
            <translation>週(&amp;W)：</translation>
        </message>
        <message>
            <source>or pick a day of another week:</source>
            <translation>または別の週の日付を選択：</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>今週</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>先週</translation>
        </message>
    </context>
</TS>
