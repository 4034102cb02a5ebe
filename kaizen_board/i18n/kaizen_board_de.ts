<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>The board cannot be opened:

{0}</source>
            <translation>Das Board kann nicht geöffnet werden:

{0}</translation>
        </message>
        <message>
            <source>There is no database at {0}.

Make a new, empty board there, or open another database?</source>
            <translation>Unter {0} gibt es keine Datenbank.

Möchten Sie dort ein neues, leeres Board anlegen oder eine andere Datenbank öffnen?</translation>
        </message>
        <message>
            <source>&amp;Make a new board</source>
            <translation>&amp;Neues Board anlegen</translation>
        </message>
        <message>
            <source>Open &amp;another…</source>
            <translation>&amp;Andere Datenbank öffnen…</translation>
        </message>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
        <message>
            <source>{0}

Restore the newest backup now?</source>
            <translation>{0}

Möchten Sie die neueste Sicherung jetzt wiederherstellen?</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <source>Archived cards — {0}</source>
            <translation>Archivierte Karten — {0}</translation>
        </message>
        <message>
            <source>Search: words, tag:5S, @name</source>
            <translation>Suche: Wörter, tag:5S, @name</translation>
        </message>
        <message>
            <source>Search archived cards</source>
            <translation>Archivierte Karten durchsuchen</translation>
        </message>
        <message>
            <source>Archived cards</source>
            <translation>Archivierte Karten</translation>
        </message>
        <message>
            <source>&amp;Restore to the board</source>
            <translation>Auf das Board zu&amp;rückholen</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>Endgültig &amp;löschen…</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) shown</source>
            <translation>
                <numerusform>%n Karte angezeigt</numerusform>
                <numerusform>%n Karten angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>The first {0} cards: type to narrow them down</source>
            <translation>Die ersten {0} Karten: Geben Sie etwas ein, um die Auswahl einzugrenzen</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n card(s) for good? Their history stays in the charts and the review; Edit &gt; Undo brings them back.</source>
            <translation>
                <numerusform>%n Karte endgültig löschen? Ihr Verlauf bleibt in den Diagrammen und im Rückblick erhalten; Bearbeiten &gt; Rückgängig holt sie zurück.</numerusform>
                <numerusform>%n Karten endgültig löschen? Ihr Verlauf bleibt in den Diagrammen und im Rückblick erhalten; Bearbeiten &gt; Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>before a board was deleted</source>
            <translation>vor dem Löschen eines Boards</translation>
        </message>
        <message>
            <source>before the upgrade from version {old} to {new}</source>
            <translation>vor dem Upgrade von Version {old} auf {new}</translation>
        </message>
        <message>
            <source>taken by hand</source>
            <translation>von Hand erstellt</translation>
        </message>
        <message>
            <source>{location} is a team server: name the file to back it up into, like kaizen-board backup board-backup.sqlite</source>
            <translation>{location} ist ein Teamserver: Geben Sie die Datei an, in die gesichert werden soll, etwa kaizen-board backup board-backup.sqlite</translation>
        </message>
        <message>
            <source>{location} is a team server: it keeps no backups of its own. Take one with 'kaizen-board backup FILE' and restore it into an empty database with 'kaizen-board copy --from FILE --to URL'</source>
            <translation>{location} ist ein Teamserver: Er führt keine eigenen Sicherungen. Erstellen Sie eine mit 'kaizen-board backup FILE' und spielen Sie sie mit 'kaizen-board copy --from FILE --to URL' in eine leere Datenbank zurück</translation>
        </message>
        <message>
            <source>there is no backup file {path}</source>
            <translation>es gibt keine Sicherungsdatei {path}</translation>
        </message>
    </context>
    <context>
        <name>BoardController</name>
        <message>
            <source>The board is read-only: {0}. Nothing was changed.</source>
            <translation>Das Board ist schreibgeschützt: {0}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{0}. {1} undoes it.</source>
            <translation>{0}. {1} macht es rückgängig.</translation>
        </message>
        <message numerus="yes">
            <source>You confirmed you work to the standard of %n card(s).</source>
            <translation>
                <numerusform>Sie haben bestätigt, dass Sie nach dem Standard von %n Karte arbeiten.</numerusform>
                <numerusform>Sie haben bestätigt, dass Sie nach dem Standard von %n Karten arbeiten.</numerusform>
            </translation>
        </message>
        <message>
            <source>You had confirmed this version of the standard already.</source>
            <translation>Sie hatten diese Version des Standards bereits bestätigt.</translation>
        </message>
        <message>
            <source>the picture</source>
            <translation>das Bild</translation>
        </message>
        <message>
            <source>Reading the picture…</source>
            <translation>Bild wird gelesen…</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>{0} wird importiert…</translation>
        </message>
    </context>
    <context>
        <name>BoardToolbar</name>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source> Board: </source>
            <translation> Board: </translation>
        </message>
        <message>
            <source> You are: </source>
            <translation> Ihr Name: </translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Add an idea, press Enter  (Ctrl+N)</source>
            <translation>Idee eingeben, Enter drücken  (Ctrl+N)</translation>
        </message>
        <message>
            <source>New card title</source>
            <translation>Titel der neuen Karte</translation>
        </message>
        <message>
            <source>Search: words, tag:5S, @name  (Ctrl+F)</source>
            <translation>Suche: Wörter, tag:5S, @name  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search cards</source>
            <translation>Karten durchsuchen</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Suchen:</translation>
        </message>
        <message>
            <source>&amp;Open card</source>
            <translation>Karte &amp;öffnen</translation>
        </message>
        <message>
            <source>Move to &amp;next stage</source>
            <translation>In &amp;nächste Phase verschieben</translation>
        </message>
        <message>
            <source>Move to &amp;previous stage</source>
            <translation>In &amp;vorherige Phase verschieben</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben verschieben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten verschieben</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <source>&amp;Confirm I work to its standard</source>
            <translation>&amp;Bestätigen, dass ich nach ihrem Standard arbeite</translation>
        </message>
        <message numerus="yes">
            <source>Added %n card(s) to the top of Standard; the search hides them: clear it (Esc in the search box) to see them.</source>
            <translation>
                <numerusform>%n Karte oben in „Standard“ hinzugefügt; die Suche blendet sie aus: Leeren Sie die Suche (Esc im Suchfeld), um sie zu sehen.</numerusform>
                <numerusform>%n Karten oben in „Standard“ hinzugefügt; die Suche blendet sie aus: Leeren Sie die Suche (Esc im Suchfeld), um sie zu sehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add cards</source>
            <translation>Karten hinzufügen</translation>
        </message>
        <message>
            <source>The text has {0} lines. Add {0} cards, one for each line?</source>
            <translation>Der Text hat {0} Zeilen. Möchten Sie {0} Karten hinzufügen, eine für jede Zeile?</translation>
        </message>
        <message>
            <source>A title holds at most {0} characters; this one has {1}</source>
            <translation>Ein Titel darf höchstens {0} Zeichen haben; dieser hat {1}</translation>
        </message>
        <message>
            <source>{0} lines: Enter adds one card for each</source>
            <translation>{0} Zeilen: Enter fügt für jede Zeile eine Karte hinzu</translation>
        </message>
        <message>
            <source>Work-in-progress limit</source>
            <translation>WIP-Limit</translation>
        </message>
        <message>
            <source>Most cards {0} should hold (0 for no limit):</source>
            <translation>Höchstzahl der Karten in {0} (0 für kein Limit):</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message numerus="yes">
            <source>waiting %n week(s)</source>
            <translation>
                <numerusform>wartet seit %n Woche</numerusform>
                <numerusform>wartet seit %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>waiting %n month(s)</source>
            <translation>
                <numerusform>wartet seit %n Monat</numerusform>
                <numerusform>wartet seit %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>no standard</source>
            <translation>kein Standard</translation>
        </message>
        <message>
            <source>new standard not written</source>
            <translation>neuer Standard fehlt noch</translation>
        </message>
        <message>
            <source>{0}/{1} on standard</source>
            <translation>{0}/{1} nach Standard</translation>
        </message>
        <message>
            <source>lap {0}</source>
            <translation>Runde {0}</translation>
        </message>
    </context>
    <context>
        <name>CardEditor</name>
        <message>
            <source>Card #{0}</source>
            <translation>Karte #{0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>comma-separated, e.g. 5S, safety</source>
            <translation>durch Kommas getrennt, z. B. 5S, Sicherheit</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>&amp;Submitted by:</source>
            <translation>&amp;Eingereicht von:</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Ta&amp;gs:</translation>
        </message>
        <message>
            <source>&amp;Impact:</source>
            <translation>N&amp;utzen:</translation>
        </message>
        <message>
            <source>Impact &amp;note:</source>
            <translation>A&amp;nmerkung zum Nutzen:</translation>
        </message>
        <message>
            <source>Standard now</source>
            <translation>Aktueller Standard</translation>
        </message>
        <message>
            <source>Earlier versions of the standard</source>
            <translation>Frühere Versionen des Standards</translation>
        </message>
        <message>
            <source>Each change of the standard keeps the text it replaced here; pick one above to compare it with the standard now.</source>
            <translation>Jede Änderung des Standards bewahrt hier den ersetzten Text auf; wählen Sie oben eine Version aus, um sie mit dem aktuellen Standard zu vergleichen.</translation>
        </message>
        <message>
            <source>Earlier versions:</source>
            <translation>Frühere Versionen:</translation>
        </message>
        <message>
            <source>The standard now (how the work is done):</source>
            <translation>Der aktuelle Standard (so wird die Arbeit gemacht):</translation>
        </message>
        <message>
            <source>I &amp;work to this standard</source>
            <translation>Ich &amp;arbeite nach diesem Standard</translation>
        </message>
        <message>
            <source>Step 2: confirm you work to this version of the standard (Ctrl+K on the board)</source>
            <translation>Schritt 2: Bestätigen Sie, dass Sie nach dieser Version des Standards arbeiten (Ctrl+K auf dem Board)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Karte</translation>
        </message>
        <message>
            <source>&amp;Standard</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <source>&amp;Pictures</source>
            <translation>Bil&amp;der</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Save the new standard (OK) first: a confirmation is of the one saved.</source>
            <translation>Speichern Sie zuerst den neuen Standard (OK): Bestätigt wird immer der gespeicherte.</translation>
        </message>
        <message>
            <source>No standard written yet: nothing to confirm.</source>
            <translation>Noch kein Standard geschrieben: Es gibt nichts zu bestätigen.</translation>
        </message>
        <message>
            <source>Version {0}: {1}/{2} on standard. Confirmed by: {3}. Not yet: {4}.</source>
            <translation>Version {0}: {1}/{2} nach Standard. Bestätigt von: {3}. Noch nicht: {4}.</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>niemand</translation>
        </message>
        <message numerus="yes">
            <source>{0}, lap {1}; %n improvement(s); created {2}</source>
            <translation>
                <numerusform>{0}, Runde {1}; %n Verbesserung; erstellt am {2}</numerusform>
                <numerusform>{0}, Runde {1}; %n Verbesserungen; erstellt am {2}</numerusform>
            </translation>
        </message>
        <message>
            <source>until {0} (lap {1})</source>
            <translation>bis {0} (Runde {1})</translation>
        </message>
        <message>
            <source>This card was changed elsewhere while you edited it. Their changes are now in the fields, and yours are kept; press OK to save.</source>
            <translation>Diese Karte wurde anderswo geändert, während Sie sie bearbeitet haben. Die anderen Änderungen stehen jetzt in den Feldern, Ihre bleiben erhalten; drücken Sie OK, um zu speichern.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>You changed this card. Save your changes?</source>
            <translation>Sie haben diese Karte geändert. Möchten Sie Ihre Änderungen speichern?</translation>
        </message>
        <message>
            <source>money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>Sicherheit</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>Add '{title}'</source>
            <translation>„{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>Edit '{title}'</source>
            <translation>„{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete '{title}'</source>
            <translation>„{title}“ löschen</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Nothing here yet: add a card to start the count.</source>
            <translation>Noch nichts da: Fügen Sie eine Karte hinzu, um mit der Zählung zu beginnen.</translation>
        </message>
        <message>
            <source>No one has submitted an idea yet.</source>
            <translation>Noch niemand hat eine Idee eingereicht.</translation>
        </message>
        <message>
            <source>No improvements yet: move a card into Re-standardize.</source>
            <translation>Noch keine Verbesserungen: Verschieben Sie eine Karte nach „Neu standardisieren“.</translation>
        </message>
        <message>
            <source>ideas submitted</source>
            <translation>eingereichte Ideen</translation>
        </message>
        <message>
            <source>improvements</source>
            <translation>Verbesserungen</translation>
        </message>
        <message>
            <source>running total</source>
            <translation>laufende Summe</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>pro Woche</translation>
        </message>
        <message>
            <source>cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>median {days:.1f} days</source>
            <translation>Median {days:.1f} Tage</translation>
        </message>
        <message>
            <source>days from start of lap to improvement</source>
            <translation>Tage vom Rundenbeginn bis zur Verbesserung</translation>
        </message>
        <message>
            <source>No one is on the board's team yet: name a member on a card to start.</source>
            <translation>Das Team des Boards hat noch keine Mitglieder: Tragen Sie auf einer Karte ein Mitglied ein, um zu beginnen.</translation>
        </message>
        <message>
            <source>members on the team</source>
            <translation>Mitglieder im Team</translation>
        </message>
        <message>
            <source>members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>submitted an idea in the 4 weeks to the week</source>
            <translation>mit eingereichter Idee in den 4 Wochen bis zur Woche</translation>
        </message>
        <message>
            <source>ideas per member,
52 weeks to the week</source>
            <translation>Ideen pro Mitglied,
52 Wochen bis zur Woche</translation>
        </message>
        <message>
            <source>{now} members submitted an idea in the last 4 weeks (4 weeks before: {before}).</source>
            <translation>{now} Mitglieder haben in den letzten 4 Wochen eine Idee eingereicht (4 Wochen davor: {before}).</translation>
        </message>
        <message>
            <source>Ideas per member in the last 52 weeks: {now} (52 weeks before: {before}).</source>
            <translation>Ideen pro Mitglied in den letzten 52 Wochen: {now} (52 Wochen davor: {before}).</translation>
        </message>
        <message>
            <source>Not yet:</source>
            <translation>Noch nicht:</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>niemand</translation>
        </message>
    </context>
    <context>
        <name>ChartsWindow</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Letzte 4 Wochen</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Cumulative improvement</source>
            <translation>Verbesserungen kumuliert</translation>
        </message>
        <message>
            <source>Cumulative flow</source>
            <translation>Kumulatives Flussdiagramm</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Beiträge je Mitglied</translation>
        </message>
        <message>
            <source>Lead time</source>
            <translation>Durchlaufzeit</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Board:</source>
            <translation>Board:</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Wird gezeichnet…</translation>
        </message>
        <message>
            <source>&amp;Save image…</source>
            <translation>Bild &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>Diagramm als Bild kopieren</translation>
        </message>
        <message>
            <source>Charts of {0} — Kaizen Board</source>
            <translation>Diagramme von {0} — Kaizen Board</translation>
        </message>
        <message>
            <source>Charts — Kaizen Board</source>
            <translation>Diagramme — Kaizen Board</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Diagramm nicht gespeichert</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>{0} kann nicht geschrieben werden: {1}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>kaizen-board: no translation into {language} ({known}); English is used</source>
            <translation>kaizen-board: keine Übersetzung in {language} ({known}); es wird Englisch verwendet</translation>
        </message>
        <message>
            <source>kaizen-board: error: the argument {argument} holds bytes that are not UTF-8 text; give names and titles as text (a file name that is not UTF-8: rename the file)</source>
            <translation>kaizen-board: Fehler: Das Argument {argument} enthält Bytes, die kein UTF-8-Text sind; geben Sie Namen und Titel als Text an (bei einem Dateinamen, der nicht UTF-8 ist: Benennen Sie die Datei um)</translation>
        </message>
        <message>
            <source>kaizen-board: error: {error}</source>
            <translation>kaizen-board: Fehler: {error}</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>allgemein</translation>
        </message>
        <message>
            <source>A kanban board for the kaizen loop: Standard, Meet the standard, Improve, Re-standardize, and round again. Without a command it opens the window.</source>
            <translation>Ein Kanban-Board für den Kaizen-Kreislauf: Standard, Standard einhalten, Verbessern, Neu standardisieren und wieder von vorn. Ohne Befehl öffnet es das Fenster.</translation>
        </message>
        <message>
            <source>make a sample board with a realistic history, in a database of its own (demo.sqlite in your data folder) unless --db names one</source>
            <translation>ein Beispiel-Board mit realistischem Verlauf anlegen, in einer eigenen Datenbank (demo.sqlite in Ihrem Datenordner), sofern --db keine angibt</translation>
        </message>
        <message>
            <source>how many cards (60)</source>
            <translation>wie viele Karten (60)</translation>
        </message>
        <message>
            <source>weeks of history (12)</source>
            <translation>Wochen Verlauf (12)</translation>
        </message>
        <message>
            <source>random seed (2026)</source>
            <translation>Zufallsstartwert (2026)</translation>
        </message>
        <message>
            <source>add a card; prints its id</source>
            <translation>eine Karte hinzufügen; gibt ihre ID aus</translation>
        </message>
        <message>
            <source>who owns the card</source>
            <translation>wer für die Karte zuständig ist</translation>
        </message>
        <message>
            <source>who submitted the idea (you)</source>
            <translation>wer die Idee eingereicht hat (Sie)</translation>
        </message>
        <message>
            <source>move a card to a stage</source>
            <translation>eine Karte in eine Phase verschieben</translation>
        </message>
        <message>
            <source>position in the stage, 0 for the top (the end)</source>
            <translation>Position in der Phase, 0 für ganz oben (am Ende)</translation>
        </message>
        <message>
            <source>write the card's standard with the move (its new one, entering Re-standardize; its first, leaving Standard without one): one change, one undo</source>
            <translation>den Standard der Karte mit der Verschiebung schreiben (ihren neuen beim Wechsel nach „Neu standardisieren“; ihren ersten, wenn sie „Standard“ ohne einen verlässt): eine Änderung, ein Rückgängig-Schritt</translation>
        </message>
        <message>
            <source>the same, the text read from a UTF-8 file</source>
            <translation>dasselbe, der Text aus einer UTF-8-Datei gelesen</translation>
        </message>
        <message>
            <source>print one card whole: its fields, its standard and earlier ones, its history</source>
            <translation>eine Karte vollständig ausgeben: ihre Felder, ihren Standard und dessen frühere Fassungen, ihren Verlauf</translation>
        </message>
        <message>
            <source>confirm that you (or --by NAME) work to a card's standard as it is now (step 2)</source>
            <translation>bestätigen, dass Sie (oder --by NAME) nach dem aktuellen Standard einer Karte arbeiten (Schritt 2)</translation>
        </message>
        <message>
            <source>who confirms (you; on a team server always you)</source>
            <translation>wer bestätigt (Sie; auf einem Teamserver immer Sie)</translation>
        </message>
        <message>
            <source>list the board's team, whose confirmations count; add or remove members</source>
            <translation>das Team des Boards auflisten, dessen Bestätigungen zählen; Mitglieder hinzufügen oder entfernen</translation>
        </message>
        <message>
            <source>those who left too</source>
            <translation>auch die Ausgetretenen</translation>
        </message>
        <message>
            <source>add a picture to a card: a photo of before or after the improvement</source>
            <translation>ein Bild zu einer Karte hinzufügen: ein Foto vor oder nach der Verbesserung</translation>
        </message>
        <message>
            <source>Add a picture (PNG, JPEG, GIF, WebP, BMP or TIFF) to a card; {limits}.</source>
            <translation>Ein Bild (PNG, JPEG, GIF, WebP, BMP oder TIFF) zu einer Karte hinzufügen; {limits}.</translation>
        </message>
        <message>
            <source>list cards, one a line: id, stage, position, lap, owner, title (tab-separated)</source>
            <translation>Karten auflisten, eine pro Zeile: ID, Phase, Position, Runde, Zuständig, Titel (durch Tabulatoren getrennt)</translation>
        </message>
        <message>
            <source>list the archived cards</source>
            <translation>die archivierten Karten auflisten</translation>
        </message>
        <message>
            <source>only the cards the window's search box finds for WORDS: words, tag:NAME, @MEMBER (quote WORDS that hold spaces); each keeps its position in its stage</source>
            <translation>nur die Karten, die das Suchfeld des Fensters für WORDS findet: Wörter, tag:NAME, @MEMBER (WORDS mit Leerzeichen in Anführungszeichen setzen); jede behält ihre Position in ihrer Phase</translation>
        </message>
        <message>
            <source>write the weekly review page as PDF or PNG</source>
            <translation>die Seite des Wochenrückblicks als PDF oder PNG schreiben</translation>
        </message>
        <message>
            <source>ISO week, like 2026-W48 (this week)</source>
            <translation>ISO-Woche, etwa 2026-W48 (diese Woche)</translation>
        </message>
        <message>
            <source>a .pdf or .png file (kaizen-review-WEEK.pdf)</source>
            <translation>eine .pdf- oder .png-Datei (kaizen-review-WEEK.pdf)</translation>
        </message>
        <message>
            <source>paper size (by locale)</source>
            <translation>Papierformat (nach Gebietsschema)</translation>
        </message>
        <message>
            <source>write a card's kaizen sheet (one page for the wall) as PDF or PNG</source>
            <translation>das Kaizen-Blatt einer Karte (eine Seite für die Wand) als PDF oder PNG schreiben</translation>
        </message>
        <message>
            <source>a .pdf or .png file (kaizen-sheet-CARD.pdf)</source>
            <translation>eine .pdf- oder .png-Datei (kaizen-sheet-CARD.pdf)</translation>
        </message>
        <message>
            <source>write the board to CSV</source>
            <translation>das Board als CSV schreiben</translation>
        </message>
        <message>
            <source>also write every event to FILE</source>
            <translation>zusätzlich jedes Ereignis in FILE schreiben</translation>
        </message>
        <message>
            <source>start with a byte-order mark, for Excel</source>
            <translation>mit einer Byte-Order-Mark beginnen, für Excel</translation>
        </message>
        <message>
            <source>add the cards of a file: its own CSV export, or another tool's (Trello, Jira, Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard, Planner) or any table with a title column</source>
            <translation>die Karten einer Datei hinzufügen: aus dem eigenen CSV-Export oder dem eines anderen Werkzeugs (Trello, Jira, Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard, Planner) oder aus einer beliebigen Tabelle mit einer Titelspalte</translation>
        </message>
        <message>
            <source>check the file and say what would be added</source>
            <translation>die Datei prüfen und anzeigen, was hinzugefügt würde</translation>
        </message>
        <message>
            <source>where the cards of a list, column or status go: --map "To Do=standard" --map "Doing=improve" (a stage, or archived); repeat for each</source>
            <translation>wohin die Karten einer Liste, Spalte oder eines Status kommen: --map "To Do=standard" --map "Doing=improve" (eine Phase oder archived); für jede wiederholen</translation>
        </message>
        <message>
            <source>where finished (closed, done, archived) cards go: archived (the default) or a stage</source>
            <translation>wohin erledigte (geschlossene, fertige, archivierte) Karten kommen: archived (die Vorgabe) oder eine Phase</translation>
        </message>
        <message>
            <source>the file's text encoding if it is not UTF-8 or UTF-16 (cp1252: German or French Excel)</source>
            <translation>die Textkodierung der Datei, wenn sie nicht UTF-8 oder UTF-16 ist (cp1252: deutsches oder französisches Excel)</translation>
        </message>
        <message>
            <source>update the cards an earlier import of the same source added (they are skipped otherwise)</source>
            <translation>die Karten aktualisieren, die ein früherer Import derselben Quelle hinzugefügt hat (sonst werden sie übersprungen)</translation>
        </message>
        <message>
            <source>list the imports made, newest first, with their ids</source>
            <translation>die bisherigen Importe auflisten, neueste zuerst, mit ihren IDs</translation>
        </message>
        <message>
            <source>take back an import (the newest, or the one with this id from --list): the cards it added, with their events</source>
            <translation>einen Import zurücknehmen (den neuesten oder den mit dieser ID aus --list): die Karten, die er hinzugefügt hat, mit ihren Ereignissen</translation>
        </message>
        <message>
            <source>write a verified copy of the database</source>
            <translation>eine geprüfte Kopie der Datenbank schreiben</translation>
        </message>
        <message>
            <source>where to write it (the backups folder)</source>
            <translation>wohin sie geschrieben wird (der Sicherungsordner)</translation>
        </message>
        <message>
            <source>copy boards with their whole history between two databases (a file, a team server), either way</source>
            <translation>Boards mit ihrem ganzen Verlauf zwischen zwei Datenbanken (einer Datei, einem Teamserver) kopieren, in beide Richtungen</translation>
        </message>
        <message>
            <source>only this board (all)</source>
            <translation>nur dieses Board (alle)</translation>
        </message>
        <message>
            <source>set up a team server: its schema, members and viewers (PostgreSQL)</source>
            <translation>einen Teamserver einrichten: sein Schema, seine Mitglieder und Betrachter (PostgreSQL)</translation>
        </message>
        <message>
            <source>make the schema and the roles kaizen_members and kaizen_viewers</source>
            <translation>das Schema und die Rollen kaizen_members und kaizen_viewers anlegen</translation>
        </message>
        <message>
            <source>a sign-in for a person, in the members' group (or the viewers')</source>
            <translation>eine Anmeldung für eine Person, in der Gruppe der Mitglieder (oder der Betrachter)</translation>
        </message>
        <message>
            <source>the sign-in name, like aiko</source>
            <translation>der Anmeldename, etwa aiko</translation>
        </message>
        <message>
            <source>may only read the board (a shop-floor screen)</source>
            <translation>darf das Board nur lesen (ein Bildschirm in der Produktion)</translation>
        </message>
        <message>
            <source>list the database's backups, newest first</source>
            <translation>die Sicherungen der Datenbank auflisten, neueste zuerst</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current state is backed up first)</source>
            <translation>die Datenbank durch eine Sicherung ersetzen (der aktuelle Stand wird vorher gesichert)</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>die Sicherungsdatei</translation>
        </message>
        <message>
            <source>put Kaizen Board in your desktop's applications menu, with its icon (for you alone: in $XDG_DATA_HOME, by default ~/.local/share)</source>
            <translation>Kaizen Board mit seinem Symbol in das Anwendungsmenü Ihres Desktops aufnehmen (nur für Sie: in $XDG_DATA_HOME, sonst ~/.local/share)</translation>
        </message>
        <message>
            <source>database file, sqlite:/// or postgresql:// URL (default: $KAIZEN_BOARD_DB, else one file in your data folder)</source>
            <translation>Datenbankdatei, sqlite:///- oder postgresql://-URL (ohne Angabe: $KAIZEN_BOARD_DB, sonst eine Datei in Ihrem Datenordner)</translation>
        </message>
        <message>
            <source>board to use (the first one)</source>
            <translation>zu verwendendes Board (das erste)</translation>
        </message>
        <message>
            <source>the language of the window and of what is printed: en, de, ja (by default the one chosen in the window, else the system's)</source>
            <translation>die Sprache des Fensters und der Ausgaben: en, de, ja (ohne Angabe die im Fenster gewählte, sonst die des Systems)</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} ist keine positive ganze Zahl</translation>
        </message>
        <message>
            <source>{text} has no words to look for; give some, like: --search 'pump tag:5S @Aiko'</source>
            <translation>{text} enthält keine Wörter zum Suchen; geben Sie welche an, etwa: --search 'Pumpe tag:5S @Aiko'</translation>
        </message>
        <message>
            <source>{location}: {reason}; nothing was changed</source>
            <translation>{location}: {reason}; es wurde nichts geändert</translation>
        </message>
        <message>
            <source>kaizen-board: made a new database at {location}</source>
            <translation>kaizen-board: neue Datenbank in {location} angelegt</translation>
        </message>
        <message>
            <source>Added {cards} cards with {weeks} weeks of history to board {board} in {location}: {moves} moves, {improvements} improvements, {archived} archived.</source>
            <translation>{cards} Karten mit {weeks} Wochen Verlauf zum Board {board} in {location} hinzugefügt: {moves} Verschiebungen, {improvements} Verbesserungen, {archived} archiviert.</translation>
        </message>
        <message>
            <source>The sample is a database of its own; open it with: kaizen-board --db {location}   (delete the file to remove it)</source>
            <translation>Das Beispiel ist eine eigene Datenbank; öffnen Sie sie mit: kaizen-board --db {location}   (löschen Sie die Datei, um sie zu entfernen)</translation>
        </message>
        <message>
            <source>kaizen-board: warning: {warning}</source>
            <translation>kaizen-board: Warnung: {warning}</translation>
        </message>
        <message>
            <source>{option} {name}: byte {byte} is not UTF-8 text; save it as UTF-8</source>
            <translation>{option} {name}: Byte {byte} ist kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
        </message>
        <message>
            <source>{option} {name}: cannot read it ({reason})</source>
            <translation>{option} {name}: kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>position {position}</source>
            <translation>Position {position}</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <source>stage: {stage} ({place}), lap {lap}, since {since}</source>
            <translation>Phase: {stage} ({place}), Runde {lap}, seit {since}</translation>
        </message>
        <message>
            <source>owner: {owner}; submitted by: {submitter}</source>
            <translation>Zuständig: {owner}; eingereicht von: {submitter}</translation>
        </message>
        <message>
            <source>created: {created}; improvements: {improvements}</source>
            <translation>Erstellt: {created}; Verbesserungen: {improvements}</translation>
        </message>
        <message>
            <source>tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>impact: {category} {note}</source>
            <translation>Nutzen: {category} {note}</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>Standard, version {version}:</source>
            <translation>Standard, Version {version}:</translation>
        </message>
        <message>
            <source>confirmed in lap {lap} by: {confirmed}; not yet by: {missing}</source>
            <translation>bestätigt in Runde {lap} von: {confirmed}; noch nicht von: {missing}</translation>
        </message>
        <message>
            <source>Standard: none written</source>
            <translation>Standard: noch keiner geschrieben</translation>
        </message>
        <message>
            <source>earlier texts, oldest first:</source>
            <translation>frühere Texte, älteste zuerst:</translation>
        </message>
        <message>
            <source>lap {lap}, replaced {when}:</source>
            <translation>Runde {lap}, ersetzt am {when}:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Pictures:</source>
            <translation>Bilder:</translation>
        </message>
        <message>
            <source>#{id} {kind}: {width} x {height} {format}, {size} as given, scaled down, {added} by {member}</source>
            <translation>#{id} {kind}: {width} x {height} {format}, Original {size}, verkleinert, am {added} von {member} hinzugefügt</translation>
        </message>
        <message>
            <source>#{id} {kind}: {width} x {height} {format}, {size} as given, {added} by {member}</source>
            <translation>#{id} {kind}: {width} x {height} {format}, Original {size}, am {added} von {member} hinzugefügt</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>Verlauf:</translation>
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
            <translation>{who} hat bestätigt: #{id} {title}, Standard-Version {version}; {confirmed}/{team} nach Standard</translation>
        </message>
        <message>
            <source>{who} had confirmed it already: #{id} {title}, standard version {version}; {confirmed}/{team} on standard</source>
            <translation>{who} hatte dies bereits bestätigt: #{id} {title}, Standard-Version {version}; {confirmed}/{team} nach Standard</translation>
        </message>
        <message>
            <source> (not yet: {names})</source>
            <translation> (noch nicht: {names})</translation>
        </message>
        <message>
            <source>'members' lists the team; to change it: members add|remove NAME</source>
            <translation>'members' listet das Team auf; zum Ändern: members add|remove NAME</translation>
        </message>
        <message>
            <source>joined {date}</source>
            <translation>beigetreten am {date}</translation>
        </message>
        <message>
            <source>left {date}</source>
            <translation>ausgetreten am {date}</translation>
        </message>
        <message>
            <source>picture #{id} ({kind}, {width} x {height} (scaled down)) added to card #{card}</source>
            <translation>Bild #{id} ({kind}, {width} x {height} (verkleinert)) zu Karte #{card} hinzugefügt</translation>
        </message>
        <message>
            <source>picture #{id} ({kind}, {width} x {height}) added to card #{card}</source>
            <translation>Bild #{id} ({kind}, {width} x {height}) zu Karte #{card} hinzugefügt</translation>
        </message>
        <message>
            <source>Wrote the kaizen sheet of card #{card} to {path}</source>
            <translation>Kaizen-Blatt der Karte #{card} nach {path} geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n card(s) of board {board} to {path}</source>
            <translation>
                <numerusform>%n Karte des Boards {board} nach {path} geschrieben</numerusform>
                <numerusform>%n Karten des Boards {board} nach {path} geschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n event(s) to {path}</source>
            <translation>
                <numerusform>%n Ereignis nach {path} geschrieben</numerusform>
                <numerusform>%n Ereignisse nach {path} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>import --list takes no FILE, --dry-run or --map: it lists the imports made</source>
            <translation>import --list nimmt kein FILE, --dry-run oder --map: Es listet die bisherigen Importe auf</translation>
        </message>
        <message>
            <source>import --undo takes no FILE, --dry-run or --map: it takes back an import already made</source>
            <translation>import --undo nimmt kein FILE, --dry-run oder --map: Es nimmt einen bereits erfolgten Import zurück</translation>
        </message>
        <message>
            <source>import: name the FILE to import (or --list, or --undo)</source>
            <translation>import: Geben Sie die zu importierende Datei (FILE) an (oder --list oder --undo)</translation>
        </message>
        <message>
            <source>Read as: {kind}</source>
            <translation>Gelesen als: {kind}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message numerus="yes">
            <source>%n move(s)</source>
            <translation>
                <numerusform>%n Verschiebung</numerusform>
                <numerusform>%n Verschiebungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>(no list)</source>
            <translation>(keine Liste)</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Warnung: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more warning(s)</source>
            <translation>
                <numerusform>... und %n weitere Warnung</numerusform>
                <numerusform>... und %n weitere Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Backed up {location} to {path}</source>
            <translation>{location} nach {path} gesichert</translation>
        </message>
        <message>
            <source>{url}: a team is set up on a PostgreSQL server (postgresql://...)</source>
            <translation>{url}: Ein Team lässt sich nur auf einem PostgreSQL-Server einrichten (postgresql://...)</translation>
        </message>
        <message>
            <source>kaizen-board: waiting for another window or command to finish writing (at most {seconds} s)…</source>
            <translation>kaizen-board: Warten, bis ein anderes Fenster oder ein anderer Befehl das Schreiben beendet hat (höchstens {seconds} s)…</translation>
        </message>
        <message>
            <source>{location} was damaged: it was moved aside to {aside}, and {backup} restored in its place</source>
            <translation>{location} war beschädigt: Die Datei wurde nach {aside} verschoben und {backup} an ihrer Stelle wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored {location} from {backup}</source>
            <translation>{location} aus {backup} wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored {location} from {backup}; what it held before is in {before}</source>
            <translation>{location} aus {backup} wiederhergestellt; der vorherige Inhalt liegt in {before}</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message>
            <source>Column menu: set or remove a work-in-progress limit</source>
            <translation>Spaltenmenü: WIP-Limit setzen oder entfernen</translation>
        </message>
        <message>
            <source>Menu of {0}</source>
            <translation>Menü der Spalte {0}</translation>
        </message>
        <message>
            <source>Set work-in-progress limit…</source>
            <translation>WIP-Limit setzen…</translation>
        </message>
        <message>
            <source>Remove the limit</source>
            <translation>Limit entfernen</translation>
        </message>
        <message>
            <source>No card of this column matches the search.</source>
            <translation>Keine Karte dieser Spalte passt zur Suche.</translation>
        </message>
        <message>
            <source>A new board. Type your first idea above and press Enter.

To look around first, try the sample board: Help &gt; Open the sample board.</source>
            <translation>Ein neues Board. Geben Sie oben Ihre erste Idee ein und drücken Sie Enter.

Um sich zuerst umzusehen, probieren Sie das Beispiel-Board aus: Hilfe &gt; Beispiel-Board öffnen.</translation>
        </message>
        <message>
            <source>How things are done today. Add an idea above, or bring a card back from Re-standardize to start its next lap.</source>
            <translation>So wird heute gearbeitet. Fügen Sie oben eine Idee hinzu oder holen Sie eine Karte aus „Neu standardisieren“ zurück, um ihre nächste Runde zu beginnen.</translation>
        </message>
        <message>
            <source>The team learns to work to the standard here. Drag a card here from Standard.</source>
            <translation>Hier lernt das Team, nach dem Standard zu arbeiten. Ziehen Sie eine Karte aus „Standard“ hierher.</translation>
        </message>
        <message>
            <source>A better way on trial. Drag a card here to try it out.</source>
            <translation>Ein besserer Weg in der Erprobung. Ziehen Sie eine Karte hierher, um sie auszuprobieren.</translation>
        </message>
        <message>
            <source>Improvements that worked, written into the new standard.</source>
            <translation>Verbesserungen, die sich bewährt haben, festgehalten im neuen Standard.</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} von {1}</translation>
        </message>
        <message>
            <source>More cards than the work-in-progress limit of {0}</source>
            <translation>Mehr Karten als das WIP-Limit von {0}</translation>
        </message>
        <message>
            <source>{0} cards; work-in-progress limit {1}</source>
            <translation>{0} Karten; WIP-Limit {1}</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>a work-in-progress limit must be at least 1, not {limit}</source>
            <translation>ein WIP-Limit muss mindestens 1 sein, nicht {limit}</translation>
        </message>
        <message>
            <source>Limit {stage} to {limit}</source>
            <translation>WIP-Limit von {stage} auf {limit} setzen</translation>
        </message>
        <message>
            <source>Remove the limit of {stage}</source>
            <translation>Limit von {stage} entfernen</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>the confirmation is gone already, so nothing was undone</source>
            <translation>die Bestätigung ist bereits entfernt, daher wurde nichts rückgängig gemacht</translation>
        </message>
        <message>
            <source>the standard of card #{card} was changed since, so the confirmation of the one before was not made again</source>
            <translation>der Standard der Karte #{card} wurde seitdem geändert, daher wurde die Bestätigung des vorherigen Standards nicht erneut erteilt</translation>
        </message>
        <message>
            <source>card #{card} is archived; restore it to confirm its standard</source>
            <translation>Karte #{card} ist archiviert; stellen Sie sie wieder her, um ihren Standard zu bestätigen</translation>
        </message>
        <message>
            <source>card #{card} has no standard written yet, so there is nothing to confirm; write it first (step 1)</source>
            <translation>Karte #{card} hat noch keinen geschriebenen Standard, es gibt also nichts zu bestätigen; schreiben Sie ihn zuerst (Schritt 1)</translation>
        </message>
        <message>
            <source>on a team server each member confirms for themselves: you are signed in as {you}, and {member} confirms signed in as {member}</source>
            <translation>auf einem Teamserver bestätigt jedes Mitglied für sich selbst: Sie sind als {you} angemeldet, und {member} bestätigt selbst, angemeldet als {member}</translation>
        </message>
        <message>
            <source>{member} is not on the team of the board {board}; add them with 'kaizen-board members add NAME' (or Board &gt; Team…) first</source>
            <translation>{member} gehört nicht zum Team des Boards {board}; fügen Sie das Mitglied zuerst mit 'kaizen-board members add NAME' (oder Board &gt; Team…) hinzu</translation>
        </message>
        <message>
            <source>{member} left the team of the board {board}; add them to it again to confirm</source>
            <translation>{member} hat das Team des Boards {board} verlassen; fügen Sie das Mitglied wieder hinzu, um zu bestätigen</translation>
        </message>
        <message>
            <source>{member} confirms the standard of '{title}'</source>
            <translation>{member} bestätigt den Standard von „{title}“</translation>
        </message>
    </context>
    <context>
        <name>ConflictPanel</name>
        <message>
            <source>This card was changed elsewhere while you edited it. Your text is kept in the fields; the version stored now is below. Press OK to save yours, or take theirs field by field.</source>
            <translation>Diese Karte wurde anderswo geändert, während Sie sie bearbeitet haben. Ihr Text bleibt in den Feldern erhalten; die jetzt gespeicherte Fassung steht darunter. Drücken Sie OK, um Ihre zu speichern, oder übernehmen Sie die andere Feld für Feld.</translation>
        </message>
        <message>
            <source>{0} stored now:</source>
            <translation>{0}, wie jetzt gespeichert:</translation>
        </message>
        <message>
            <source>Use this</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Eingereicht von</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <source>Impact note</source>
            <translation>Anmerkung zum Nutzen</translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>no board</source>
            <translation>kein Board</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {boards}: {cards} with {events}.</source>
            <translation>{boards} kopiert: {cards} und {events}.</translation>
        </message>
        <message>
            <source>{location} has no board named {boards}</source>
            <translation>In {location} gibt es kein Board namens {boards}</translation>
        </message>
        <message>
            <source>{location} has a board named {boards} already: copying it again would make two. Rename one of them first; nothing was copied</source>
            <translation>In {location} gibt es bereits ein Board namens {boards}: Eine weitere Kopie ergäbe zwei davon. Benennen Sie zuerst eines der beiden um; es wurde nichts kopiert</translation>
        </message>
        <message>
            <source>{location} has the board {board} already, as {copy} (made at the same moment, with the same first card): it was copied there before, so copying it again would make two of its history; nothing was copied</source>
            <translation>In {location} gibt es das Board {board} bereits, als {copy} (im selben Moment angelegt, mit derselben ersten Karte): Es wurde schon einmal dorthin kopiert, eine weitere Kopie würde seinen Verlauf verdoppeln; es wurde nichts kopiert</translation>
        </message>
        <message>
            <source>{location} records every change as made by the member signed in ({member}), so the board's history would lose who made each change: copy it in signed in as the server's owner (who ran 'kaizen-board team init'); nothing was copied</source>
            <translation>{location} verbucht jede Änderung auf das angemeldete Mitglied ({member}), dadurch ginge im Verlauf des Boards verloren, wer welche Änderung gemacht hat: Melden Sie sich zum Kopieren als Eigentümer des Servers an (der 'kaizen-board team init' ausgeführt hat); es wurde nichts kopiert</translation>
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
            <translation>In Kaizen Board ist ein Fehler aufgetreten ({0}).

Was Sie bisher getan haben, ist gespeichert: Jede Änderung wird einzeln gespeichert, und eine, die fehlschlägt, ändert nichts. Die Einzelheiten stehen in {1}; diese Meldung erscheint in dieser Sitzung nicht noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>CsvDialogs</name>
        <message>
            <source>Export board to CSV</source>
            <translation>Board als CSV exportieren</translation>
        </message>
        <message>
            <source>Exporting {0}…</source>
            <translation>{0} wird exportiert…</translation>
        </message>
        <message>
            <source>Import cards</source>
            <translation>Karten importieren</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>{0} wird gelesen…</translation>
        </message>
        <message>
            <source>Which encoding?</source>
            <translation>Welche Kodierung?</translation>
        </message>
        <message>
            <source>{0}

Which encoding was the file saved in?</source>
            <translation>{0}

In welcher Kodierung wurde die Datei gespeichert?</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n card(s) to {0}</source>
            <translation>
                <numerusform>%n Karte nach {0} exportiert</numerusform>
                <numerusform>%n Karten nach {0} exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>Backed up to {0}</source>
            <translation>Gesichert in {0}</translation>
        </message>
        <message>
            <source>The daily backup was not taken: {0}. The earlier backups are untouched.</source>
            <translation>Die tägliche Sicherung wurde nicht angelegt: {0}. Die früheren Sicherungen sind unverändert.</translation>
        </message>
        <message>
            <source>Restored {0}; what the board held before is in {1}</source>
            <translation>{0} wiederhergestellt; der vorherige Stand des Boards liegt in {1}</translation>
        </message>
        <message>
            <source>a backup is being restored</source>
            <translation>eine Sicherung wird wiederhergestellt</translation>
        </message>
        <message>
            <source>Waiting for another window or command to finish writing…</source>
            <translation>Warten, bis ein anderes Fenster oder ein anderer Befehl das Schreiben beendet hat…</translation>
        </message>
        <message>
            <source>The restore was cancelled: nothing was changed</source>
            <translation>Die Wiederherstellung wurde abgebrochen: Es wurde nichts geändert</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>{0} wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>{0} is damaged ({1}).</source>
            <translation>{0} ist beschädigt ({1}).</translation>
        </message>
        <message>
            <source>Set it aside (it is kept, not deleted) and restore the newest backup, {0}?</source>
            <translation>Die Datei beiseitelegen (sie wird aufbewahrt, nicht gelöscht) und die neueste Sicherung, {0}, wiederherstellen?</translation>
        </message>
        <message>
            <source>Set it aside (it is kept, not deleted) and start an empty board?</source>
            <translation>Die Datei beiseitelegen (sie wird aufbewahrt, nicht gelöscht) und mit einem leeren Board beginnen?</translation>
        </message>
        <message>
            <source>Kaizen Board</source>
            <translation>Kaizen Board</translation>
        </message>
        <message>
            <source>The database is damaged: {0}</source>
            <translation>Die Datenbank ist beschädigt: {0}</translation>
        </message>
        <message>
            <source>The damaged database was moved aside to {0}</source>
            <translation>Die beschädigte Datenbank wurde nach {0} verschoben</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the database location is empty: name a file, like --db board.sqlite</source>
            <translation>die Angabe der Datenbank ist leer: Nennen Sie eine Datei, etwa --db board.sqlite</translation>
        </message>
        <message>
            <source>{location}: a database is a file path, a sqlite:/// URL or a postgresql://[user@]host[:port]/dbname URL</source>
            <translation>{location}: Eine Datenbank ist ein Dateipfad, eine sqlite:///-URL oder eine postgresql://[user@]host[:port]/dbname-URL</translation>
        </message>
        <message>
            <source>{location}: the schema version is missing or unreadable</source>
            <translation>{location}: Die Schemaversion fehlt oder ist nicht lesbar</translation>
        </message>
        <message>
            <source>{location}: upgrading it from schema version {old} to {new} failed ({error}); it was left at version {old}</source>
            <translation>{location}: Das Upgrade von Schemaversion {old} auf {new} ist fehlgeschlagen ({error}); die Datenbank bleibt auf Version {old}</translation>
        </message>
        <message>
            <source>{location}: upgrading it from schema version {old} to {new} failed ({error}); it was left at version {old}, and a copy from before is in {backup}</source>
            <translation>{location}: Das Upgrade von Schemaversion {old} auf {new} ist fehlgeschlagen ({error}); die Datenbank bleibt auf Version {old}, und eine Kopie des vorherigen Stands liegt in {backup}</translation>
        </message>
        <message>
            <source>{location} was written by a newer version of Kaizen Board (schema version {version}; this version reads up to {newest}). Install the newer version to open it; the file was left as it is.</source>
            <translation>{location} wurde von einer neueren Version von Kaizen Board geschrieben (Schemaversion {version}; diese Version liest bis {newest}). Installieren Sie die neuere Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{location}: unknown schema version {version}</source>
            <translation>{location}: unbekannte Schemaversion {version}</translation>
        </message>
        <message>
            <source>{path} is damaged or not a database ({error})</source>
            <translation>{path} ist beschädigt oder keine Datenbank ({error})</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} ist beschädigt: {problem}</translation>
        </message>
        <message>
            <source>cannot make the folder {folder} for the backup: {reason}</source>
            <translation>der Ordner {folder} für die Sicherung kann nicht angelegt werden: {reason}</translation>
        </message>
        <message>
            <source>cannot write {path}: the disk is full</source>
            <translation>{path} kann nicht geschrieben werden: Der Datenträger ist voll</translation>
        </message>
        <message>
            <source>cannot back up to {path}: {error}</source>
            <translation>Sicherung nach {path} nicht möglich: {error}</translation>
        </message>
        <message>
            <source>{location} is busy: another window or command kept it locked for writing for {seconds} s, so nothing was restored. Close it (or wait) and try again</source>
            <translation>{location} ist belegt: Ein anderes Fenster oder ein anderer Befehl hat die Datenbank {seconds} s lang zum Schreiben gesperrt, daher wurde nichts wiederhergestellt. Schließen Sie es (oder warten Sie) und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>a text in it is not valid UTF-8: its bytes were changed outside Kaizen Board, in a way SQLite's own check of the file does not see</source>
            <translation>ein Text darin ist kein gültiges UTF-8: Seine Bytes wurden außerhalb von Kaizen Board verändert, und zwar so, dass die eigene Prüfung der Datei durch SQLite es nicht bemerkt</translation>
        </message>
        <message>
            <source>SQLite's check failed</source>
            <translation>die Prüfung durch SQLite ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The newest backup is {backup}: restore it with `kaizen-board restore {backup}` or File &gt; Restore from backup.</source>
            <translation>Die neueste Sicherung ist {backup}: Stellen Sie sie mit `kaizen-board restore {backup}` oder über Datei &gt; Aus Sicherung wiederherstellen wieder her.</translation>
        </message>
        <message>
            <source>There is no backup of it to restore.</source>
            <translation>Es gibt keine Sicherung davon, die wiederhergestellt werden könnte.</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). It was left where it is, for its lock could not be taken ({reason}). {advice}</source>
            <translation>{path} ist beschädigt ({problem}). Die Datei wurde an ihrem Platz gelassen, da ihre Sperre nicht gesetzt werden konnte ({reason}). {advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). Another Kaizen Board window or command has it open, so it was left where it is: close them, then open it again to set it aside. {advice}</source>
            <translation>{path} ist beschädigt ({problem}). Ein anderes Fenster oder ein anderer Befehl von Kaizen Board hat die Datei geöffnet, daher wurde sie an ihrem Platz gelassen: Schließen Sie diese und öffnen Sie die Datei dann erneut, um sie beiseitezulegen. {advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}), and it could not be moved aside ({reason}): it was left where it is. {advice}</source>
            <translation>{path} ist beschädigt ({problem}) und konnte nicht beiseitegelegt werden ({reason}): Die Datei wurde an ihrem Platz gelassen. {advice}</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). It was moved aside to {moved}, not deleted. {advice}</source>
            <translation>{path} ist beschädigt ({problem}). Die Datei wurde nach {moved} verschoben, nicht gelöscht. {advice}</translation>
        </message>
        <message>
            <source>{location} is busy: another window or command kept it locked for writing; nothing was changed. Try again in a moment</source>
            <translation>{location} ist belegt: Ein anderes Fenster oder ein anderer Befehl hielt die Datenbank zum Schreiben gesperrt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal</translation>
        </message>
        <message>
            <source>the disk holding {location} is full: nothing was changed. Make room and try again</source>
            <translation>der Datenträger mit {location} ist voll: Es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{backup} holds no board (it is empty), so restoring it would empty yours: nothing was changed</source>
            <translation>{backup} enthält kein Board (die Sicherung ist leer), eine Wiederherstellung würde Ihres also leeren: Es wurde nichts geändert</translation>
        </message>
        <message>
            <source>cannot write in the folder {folder} for the database {database}: {reason}</source>
            <translation>im Ordner {folder} der Datenbank {database} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is a symbolic link: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>die Sperrdatei {path} der Datenbank {database} ist ein symbolischer Link: Kaizen Board legt sie als eigene gewöhnliche Datei an und folgt dort nie einem Link (jemand könnte ihn untergeschoben haben). Es wurde nichts geändert; entfernen Sie ihn, wenn Sie ihn nicht selbst angelegt haben, und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is a folder: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>die Sperrdatei {path} der Datenbank {database} ist ein Ordner: Kaizen Board legt sie als eigene gewöhnliche Datei an und folgt dort nie einem Link (jemand könnte ihn untergeschoben haben). Es wurde nichts geändert; entfernen Sie ihn, wenn Sie ihn nicht selbst angelegt haben, und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>the lock file {path} of the database {database} is not a regular file: Kaizen Board makes it a plain file of its own and never follows a link there (someone may have planted it). Nothing was changed; remove it if you did not make it, and try again</source>
            <translation>die Sperrdatei {path} der Datenbank {database} ist keine gewöhnliche Datei: Kaizen Board legt sie als eigene gewöhnliche Datei an und folgt dort nie einem Link (jemand könnte sie untergeschoben haben). Es wurde nichts geändert; entfernen Sie sie, wenn Sie sie nicht selbst angelegt haben, und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{database} is being checked or set aside by another Kaizen Board window or command; try again in a moment</source>
            <translation>{database} wird gerade von einem anderen Fenster oder Befehl von Kaizen Board geprüft oder beiseitegelegt; versuchen Sie es gleich noch einmal</translation>
        </message>
        <message>
            <source>cannot create the database {path}: {reason}</source>
            <translation>die Datenbank {path} kann nicht angelegt werden: {reason}</translation>
        </message>
        <message>
            <source>{target} names no database file: SQLite would keep the board in memory, and everything added would be lost when the command ends. Name a file, like --db board.sqlite or sqlite:////home/you/board.sqlite; nothing was made</source>
            <translation>{target} nennt keine Datenbankdatei: SQLite würde das Board im Arbeitsspeicher halten, und alles Hinzugefügte ginge verloren, sobald der Befehl endet. Nennen Sie eine Datei, etwa --db board.sqlite oder sqlite:////home/you/board.sqlite; es wurde nichts angelegt</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file</source>
            <translation>{path} ist ein Ordner, keine Datenbankdatei</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe, a device or a socket), so it cannot be a database. The file was left as it is.</source>
            <translation>{path} ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket) und kann daher keine Datenbank sein. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>cannot create the folder {folder} for the database {path}: {reason}</source>
            <translation>der Ordner {folder} für die Datenbank {path} kann nicht angelegt werden: {reason}</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a Kaizen Board database: it is not an SQLite file. The file was left as it is.</source>
            <translation>{path} ist keine Datenbank von Kaizen Board: Es ist keine SQLite-Datei. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} is read-only: Kaizen Board needs to write to it</source>
            <translation>{path} ist schreibgeschützt: Kaizen Board muss hineinschreiben können</translation>
        </message>
        <message>
            <source>cannot write in the folder {folder} for the database {path} ({reason}): the folder is read-only, and SQLite keeps its log and Kaizen Board its lock beside the database</source>
            <translation>im Ordner {folder} der Datenbank {path} kann nicht geschrieben werden ({reason}): Der Ordner ist schreibgeschützt, und SQLite legt sein Protokoll und Kaizen Board seine Sperre neben der Datenbank ab</translation>
        </message>
        <message>
            <source>{path} is an SQLite database but not a Kaizen Board one (it has no {table} table). The file was left as it is.</source>
            <translation>{path} ist eine SQLite-Datenbank, aber keine von Kaizen Board (sie hat keine Tabelle {table}). Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>the disk holding {path} is full: SQLite cannot even make the files it reads a database with. Nothing was changed; make room and try again</source>
            <translation>der Datenträger mit {path} ist voll: SQLite kann nicht einmal die Dateien anlegen, die es zum Lesen einer Datenbank braucht. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>{path}: the schema version is missing or unreadable. The file was left as it is.</source>
            <translation>{path}: Die Schemaversion fehlt oder ist nicht lesbar. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link that leads nowhere (or round in a loop): point it at the database file, or give the file's own path</source>
            <translation>{path} ist ein symbolischer Link, der ins Leere (oder im Kreis) führt: Lassen Sie ihn auf die Datenbankdatei zeigen, oder geben Sie den Pfad der Datei selbst an</translation>
        </message>
        <message>
            <source>there is no database at {path}: check the path (a new one is made by `kaizen-board add`, `import`, `demo` or the window)</source>
            <translation>unter {path} gibt es keine Datenbank: Prüfen Sie den Pfad (eine neue legen `kaizen-board add`, `import`, `demo` oder das Fenster an)</translation>
        </message>
        <message>
            <source>{target} is the board's own database, log or backup; writing there would destroy it. Choose another file; nothing was written</source>
            <translation>{target} ist die eigene Datenbank des Boards, ihr Protokoll oder eine ihrer Sicherungen; dorthin zu schreiben würde sie zerstören. Wählen Sie eine andere Datei; es wurde nichts geschrieben</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSession</name>
        <message>
            <source>The board was restored from a backup by another window or command. What you could undo belonged to the board before, so the undo history was cleared.</source>
            <translation>Das Board wurde von einem anderen Fenster oder Befehl aus einer Sicherung wiederhergestellt. Was Sie rückgängig machen konnten, gehörte zum vorherigen Stand des Boards, daher wurde der Rückgängig-Verlauf geleert.</translation>
        </message>
        <message>
            <source>the team server cannot be reached; trying again every few seconds</source>
            <translation>der Teamserver ist nicht erreichbar; neuer Versuch alle paar Sekunden</translation>
        </message>
        <message>
            <source>Connected again to {0}</source>
            <translation>Wieder verbunden mit {0}</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>cannot make the folder {folder}: {reason}</source>
            <translation>der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <source>no board named {name} in {location} (boards: {names})</source>
            <translation>kein Board namens {name} in {location} (Boards: {names})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>New board {name}</source>
            <translation>Board {name} anlegen</translation>
        </message>
        <message>
            <source>a board named {name} already exists</source>
            <translation>ein Board namens {name} gibt es bereits</translation>
        </message>
        <message>
            <source>no board #{board} in {location}</source>
            <translation>kein Board #{board} in {location}</translation>
        </message>
        <message>
            <source>Rename board {before} to {after}</source>
            <translation>Board {before} in {after} umbenennen</translation>
        </message>
        <message>
            <source>{name} is the only board: make another one before deleting it</source>
            <translation>{name} ist das einzige Board: Legen Sie ein weiteres an, bevor Sie es löschen</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{path} and {other} are one file: the second would replace the first. Name two files; nothing was written</source>
            <translation>{path} und {other} sind dieselbe Datei: Die zweite würde die erste ersetzen. Nennen Sie zwei verschiedene Dateien; es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>the export was cancelled; no file was written</source>
            <translation>der Export wurde abgebrochen; es wurde keine Datei geschrieben</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>the title</source>
            <translation>der Titel</translation>
        </message>
        <message>
            <source>the member name</source>
            <translation>der Mitgliedsname</translation>
        </message>
        <message>
            <source>the board name</source>
            <translation>der Board-Name</translation>
        </message>
        <message>
            <source>the tag</source>
            <translation>das Tag</translation>
        </message>
        <message>
            <source>the description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>the standard</source>
            <translation>der Standard</translation>
        </message>
        <message>
            <source>the impact note</source>
            <translation>die Anmerkung zum Nutzen</translation>
        </message>
        <message>
            <source>the {field}</source>
            <translation>das Feld „{field}“</translation>
        </message>
        <message>
            <source>a character that is not text (half of a pair, from bytes that are not UTF-8)</source>
            <translation>ein Zeichen, das kein Text ist (die Hälfte eines Paars, aus Bytes, die kein UTF-8 sind)</translation>
        </message>
        <message>
            <source>a control character</source>
            <translation>ein Steuerzeichen</translation>
        </message>
        <message>
            <source>{field} is empty: type at least one character</source>
            <translation>{field} ist leer: Geben Sie mindestens ein Zeichen ein</translation>
        </message>
        <message>
            <source>{field} contains {character} ({code}); it must be one line of text</source>
            <translation>{field} enthält {character} ({code}); erlaubt ist nur eine Textzeile</translation>
        </message>
        <message>
            <source>{field} is {length} characters long; at most {limit} fit</source>
            <translation>{field} ist {length} Zeichen lang; höchstens {limit} sind möglich</translation>
        </message>
        <message>
            <source>{field} contains {character} ({code})</source>
            <translation>{field} enthält {character} ({code})</translation>
        </message>
        <message>
            <source>the tag {tag} contains a comma, which separates tags</source>
            <translation>das Tag {tag} enthält ein Komma, und Kommas trennen Tags</translation>
        </message>
        <message>
            <source>unknown impact category {value}: use one of {names}</source>
            <translation>unbekannte Nutzenkategorie {value}: Verwenden Sie eine von {names}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the disk holding {path} is full ({reason}): nothing was written. Make room and try again</source>
            <translation>der Datenträger mit {path} ist voll ({reason}): Es wurde nichts geschrieben. Schaffen Sie Platz und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>another program keeps removing new folders in {folder}</source>
            <translation>ein anderes Programm entfernt immer wieder neue Ordner in {folder}</translation>
        </message>
    </context>
    <context>
        <name>Foreign</name>
        <message>
            <source>the card's id there</source>
            <translation>die ID der Karte in der Quelle</translation>
        </message>
        <message>
            <source>submitted by</source>
            <translation>eingereicht von</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt am</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>erledigt am</translation>
        </message>
        <message>
            <source>{field}: the columns {columns} are joined</source>
            <translation>{field}: Die Spalten {columns} werden zusammengeführt</translation>
        </message>
        <message>
            <source>{field}: of the columns {columns}, the first with a value is taken</source>
            <translation>{field}: Von den Spalten {columns} wird die erste mit einem Wert genommen</translation>
        </message>
        <message>
            <source>--map {pair}: write the list and the stage as "To Do=standard"</source>
            <translation>--map {pair}: Schreiben Sie Liste und Phase als "To Do=standard"</translation>
        </message>
        <message>
            <source>{source}={target}: {error}; or archived</source>
            <translation>{source}={target}: {error}; oder archived</translation>
        </message>
        <message>
            <source>--closed {closed}: {error}; or archived</source>
            <translation>--closed {closed}: {error}; oder archived</translation>
        </message>
        <message>
            <source>no title: the row was skipped</source>
            <translation>kein Titel: Die Zeile wurde übersprungen</translation>
        </message>
        <message>
            <source>description: its last {count} characters were left out</source>
            <translation>Beschreibung: Die letzten {count} Zeichen wurden weggelassen</translation>
        </message>
        <message>
            <source>title: its line breaks became spaces</source>
            <translation>Titel: Zeilenumbrüche wurden durch Leerzeichen ersetzt</translation>
        </message>
        <message>
            <source>title: {length} characters; its first {kept} are the title and the whole text starts the description</source>
            <translation>Titel: {length} Zeichen; die ersten {kept} bilden den Titel, und der ganze Text steht am Anfang der Beschreibung</translation>
        </message>
        <message>
            <source>{field}: {value} is no date this importer knows; left out</source>
            <translation>{field}: {value} ist kein Datum, das dieser Import kennt; weggelassen</translation>
        </message>
        <message>
            <source>line {line}, {warning}</source>
            <translation>Zeile {line}, {warning}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>How the board works — Kaizen Board</source>
            <translation>So funktioniert das Board — Kaizen Board</translation>
        </message>
        <message>
            <source>How the board works</source>
            <translation>So funktioniert das Board</translation>
        </message>
        <message>
            <source>type a new idea (Enter adds it to the top of Standard)</source>
            <translation>eine neue Idee eingeben (Enter fügt sie oben in „Standard“ ein)</translation>
        </message>
        <message>
            <source>find cards: words, tag:5S, @name</source>
            <translation>Karten suchen: Wörter, tag:5S, @name</translation>
        </message>
        <message>
            <source>go through the columns; ↑ and ↓ through the cards</source>
            <translation>durch die Spalten gehen; mit ↑ und ↓ durch die Karten</translation>
        </message>
        <message>
            <source>open the card</source>
            <translation>die Karte öffnen</translation>
        </message>
        <message>
            <source>move the card to the next or previous stage</source>
            <translation>die Karte in die nächste oder vorige Phase verschieben</translation>
        </message>
        <message>
            <source>move the card up or down its column</source>
            <translation>die Karte in ihrer Spalte nach oben oder unten verschieben</translation>
        </message>
        <message>
            <source>confirm you work to the card's standard</source>
            <translation>bestätigen, dass Sie nach dem Standard der Karte arbeiten</translation>
        </message>
        <message>
            <source>archive the card</source>
            <translation>die Karte archivieren</translation>
        </message>
        <message>
            <source>undo (and redo with Ctrl+Shift+Z)</source>
            <translation>rückgängig machen (wiederholen mit Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>print the weekly review</source>
            <translation>den Wochenrückblick drucken</translation>
        </message>
        <message>
            <source>make the board larger, smaller, its own size</source>
            <translation>das Board vergrößern, verkleinern, in Originalgröße zeigen</translation>
        </message>
        <message>
            <source>full screen, for the meeting-room screen</source>
            <translation>Vollbild, für den Bildschirm im Besprechungsraum</translation>
        </message>
        <message>
            <source>Kaizen is improving every process a little, every day, by everyone. Each card is a process or an idea, and goes round four stages:</source>
            <translation>Kaizen heißt, jeden Prozess ein wenig zu verbessern, jeden Tag, durch alle. Jede Karte ist ein Prozess oder eine Idee und durchläuft immer wieder vier Phasen:</translation>
        </message>
        <message>
            <source>how the work is done today.</source>
            <translation>wie die Arbeit heute gemacht wird.</translation>
        </message>
        <message>
            <source>the team learns to work to it; each member confirms it (Ctrl+K), and the card counts them: 5/7 on standard.</source>
            <translation>das Team lernt, danach zu arbeiten; jedes Mitglied bestätigt das (Ctrl+K), und die Karte zählt mit: 5/7 nach Standard.</translation>
        </message>
        <message>
            <source>a better way, on trial.</source>
            <translation>ein besserer Weg, der erprobt wird.</translation>
        </message>
        <message>
            <source>the improvement that worked is written into the new standard.</source>
            <translation>die Verbesserung, die sich bewährt hat, wird in den neuen Standard geschrieben.</translation>
        </message>
        <message>
            <source>From Re-standardize a card goes back to Standard and starts its next &lt;b&gt;lap&lt;/b&gt;: the loop never ends. An &lt;b&gt;idea&lt;/b&gt; is a card added; an &lt;b&gt;improvement&lt;/b&gt; is counted the first time in a lap a card reaches Re-standardize, for its owner.</source>
            <translation>Aus „Neu standardisieren“ geht eine Karte zurück nach „Standard“ und beginnt ihre nächste &lt;b&gt;Runde&lt;/b&gt;: Der Kreislauf endet nie. Eine &lt;b&gt;Idee&lt;/b&gt; ist eine hinzugefügte Karte; eine &lt;b&gt;Verbesserung&lt;/b&gt; wird gezählt, wenn eine Karte in einer Runde zum ersten Mal „Neu standardisieren“ erreicht, und der zuständigen Person angerechnet.</translation>
        </message>
        <message>
            <source>its title, then its tags as coloured chips;</source>
            <translation>ihren Titel, dann ihre Tags als farbige Chips;</translation>
        </message>
        <message>
            <source>its owner's initials in a circle of the owner's own colour;</source>
            <translation>die Initialen der zuständigen Person in einem Kreis in deren eigener Farbe;</translation>
        </message>
        <message>
            <source>the colour down its left edge: what the improvement brings:</source>
            <translation>die Farbe an ihrem linken Rand: was die Verbesserung bringt:</translation>
        </message>
        <message>
            <source>in amber, what the loop still asks of it (no standard, a new standard not written, or who works to it so far), in green once it is done;</source>
            <translation>in Orange, was der Kreislauf noch von ihr verlangt (kein Standard, neuer Standard nicht geschrieben oder wer bisher danach arbeitet), in Grün, sobald es erledigt ist;</translation>
        </message>
        <message>
            <source>how long it has waited in its column, from a week on; lap 2 and after; a small camera if it has before and after pictures.</source>
            <translation>wie lange sie schon in ihrer Spalte wartet, ab einer Woche; ihre Runde, ab Runde 2; eine kleine Kamera, wenn sie Bilder von vorher und nachher hat.</translation>
        </message>
        <message>
            <source>Everything can be done by mouse too: drag cards, right-click a card or a</source>
            <translation>Alles geht auch mit der Maus: Karten ziehen; ein Rechtsklick auf eine Karte oder auf den</translation>
        </message>
        <message>
            <source>column's header for its menu.</source>
            <translation>Kopf einer Spalte öffnet das zugehörige Menü.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>verschoben</translation>
        </message>
        <message>
            <source>improved</source>
            <translation>verbessert</translation>
        </message>
        <message>
            <source>reordered</source>
            <translation>umsortiert</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>wiederhergestellt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>pictured</source>
            <translation>Bilder geändert</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>submitted_by</source>
            <translation>Eingereicht von</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>impact_category</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <source>impact_note</source>
            <translation>Anmerkung zum Nutzen</translation>
        </message>
        <message>
            <source>picture kind</source>
            <translation>Bildart</translation>
        </message>
        <message>
            <source>improved: moved {source} → {target}</source>
            <translation>verbessert: verschoben {source} → {target}</translation>
        </message>
        <message>
            <source>moved {source} → {target}</source>
            <translation>verschoben {source} → {target}</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
    </context>
    <context>
        <name>ImpactLegend</name>
        <message>
            <source>Impact:</source>
            <translation>Nutzen:</translation>
        </message>
        <message>
            <source>The colour down a card's left edge: what its improvement brings.</source>
            <translation>Die Farbe am linken Rand einer Karte: was ihre Verbesserung bringt.</translation>
        </message>
        <message>
            <source>Impact colours: {0}</source>
            <translation>Farben für den Nutzen: {0}</translation>
        </message>
        <message>
            <source>money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>Sicherheit</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>… and more</source>
            <translation>… und weitere</translation>
        </message>
        <message>
            <source>{path}: nothing was imported:</source>
            <translation>{path}: Es wurde nichts importiert:</translation>
        </message>
        <message>
            <source>the board</source>
            <translation>das Board</translation>
        </message>
        <message numerus="yes">
            <source>%n archived</source>
            <translation>
                <numerusform>%n archiviert</numerusform>
                <numerusform>%n archiviert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would import %n card(s) into {boards}{stages} from {tool}</source>
            <translation>
                <numerusform>%n Karte würde aus {tool} in {boards}{stages} importiert</numerusform>
                <numerusform>%n Karten würden aus {tool} in {boards}{stages} importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n card(s) into {boards}{stages} from {tool}</source>
            <translation>
                <numerusform>%n Karte wurde aus {tool} in {boards}{stages} importiert</numerusform>
                <numerusform>%n Karten wurden aus {tool} in {boards}{stages} importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would import %n card(s) into {boards}{stages}</source>
            <translation>
                <numerusform>%n Karte würde in {boards}{stages} importiert</numerusform>
                <numerusform>%n Karten würden in {boards}{stages} importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n card(s) into {boards}{stages}</source>
            <translation>
                <numerusform>%n Karte wurde in {boards}{stages} importiert</numerusform>
                <numerusform>%n Karten wurden in {boards}{stages} importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there from an earlier import would be skipped (--update updates them)</source>
            <translation>
                <numerusform>%n schon aus einem früheren Import vorhandene Karte würde übersprungen (--update aktualisiert sie)</numerusform>
                <numerusform>%n schon aus einem früheren Import vorhandene Karten würden übersprungen (--update aktualisiert sie)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there from an earlier import were skipped (--update updates them)</source>
            <translation>
                <numerusform>%n schon aus einem früheren Import vorhandene Karte wurde übersprungen (--update aktualisiert sie)</numerusform>
                <numerusform>%n schon aus einem früheren Import vorhandene Karten wurden übersprungen (--update aktualisiert sie)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there would be updated</source>
            <translation>
                <numerusform>%n schon vorhandene Karte würde aktualisiert</numerusform>
                <numerusform>%n schon vorhandene Karten würden aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there were updated</source>
            <translation>
                <numerusform>%n schon vorhandene Karte wurde aktualisiert</numerusform>
                <numerusform>%n schon vorhandene Karten wurden aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) from the source's history would be added</source>
            <translation>
                <numerusform>%n Verschiebung aus dem Verlauf der Quelle würde hinzugefügt</numerusform>
                <numerusform>%n Verschiebungen aus dem Verlauf der Quelle würden hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) from the source's history were added</source>
            <translation>
                <numerusform>%n Verschiebung aus dem Verlauf der Quelle wurde hinzugefügt</numerusform>
                <numerusform>%n Verschiebungen aus dem Verlauf der Quelle wurden hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{columns} and %n more</source>
            <translation>
                <numerusform>{columns} und %n weitere</numerusform>
                <numerusform>{columns} und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Ignored unknown column: {columns}</source>
            <translation>Unbekannte Spalte ignoriert: {columns}</translation>
        </message>
        <message>
            <source>Ignored unknown columns: {columns}</source>
            <translation>Unbekannte Spalten ignoriert: {columns}</translation>
        </message>
        <message numerus="yes">
            <source>%n value was made to fit (see the warnings)</source>
            <translation>
                <numerusform>%n Wert wurde angepasst (siehe Warnungen)</numerusform>
                <numerusform>%n Werte wurden angepasst (siehe Warnungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n values were made to fit (see the warnings)</source>
            <translation>
                <numerusform>%n Wert wurde angepasst (siehe Warnungen)</numerusform>
                <numerusform>%n Werte wurden angepasst (siehe Warnungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>the import of {file} was cancelled: nothing was stored</source>
            <translation>der Import von {file} wurde abgebrochen: Es wurde nichts gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>the first %n row, above the header, was skipped</source>
            <translation>
                <numerusform>die erste Zeile, über der Kopfzeile, wurde übersprungen</numerusform>
                <numerusform>die ersten %n Zeilen, über der Kopfzeile, wurden übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the first %n rows, above the header, were skipped</source>
            <translation>
                <numerusform>die erste Zeile, über der Kopfzeile, wurde übersprungen</numerusform>
                <numerusform>die ersten %n Zeilen, über der Kopfzeile, wurden übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: the column {name} appears twice</source>
            <translation>Zeile {line}: Die Spalte {name} kommt zweimal vor</translation>
        </message>
        <message numerus="yes">
            <source>line {line}: %n field(s), but the header has {columns}</source>
            <translation>
                <numerusform>Zeile {line}: %n Feld, aber die Kopfzeile hat {columns}</numerusform>
                <numerusform>Zeile {line}: %n Felder, aber die Kopfzeile hat {columns}</numerusform>
            </translation>
        </message>
        <message>
            <source>title: {reason}; the row was skipped</source>
            <translation>Titel: {reason}; die Zeile wurde übersprungen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>--map {value}: the file has no list of that name (it has {lists})</source>
            <translation>--map {value}: Die Datei hat keine Liste dieses Namens (sie hat {lists})</translation>
        </message>
        <message>
            <source>no card: the title column {column} is empty in every row</source>
            <translation>keine Karte: Die Titelspalte {column} ist in jeder Zeile leer</translation>
        </message>
        <message numerus="yes">
            <source>line {line}: %n field(s); a move has 7</source>
            <translation>
                <numerusform>Zeile {line}: %n Feld; eine Verschiebung hat 7</numerusform>
                <numerusform>Zeile {line}: %n Felder; eine Verschiebung hat 7</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: {value} is no date this importer knows</source>
            <translation>Zeile {line}: {value} ist kein Datum, das dieser Import kennt</translation>
        </message>
        <message>
            <source>line {line}, id: empty; every card of an export has one</source>
            <translation>Zeile {line}, id: leer; jede Karte eines Exports hat eine</translation>
        </message>
        <message>
            <source>line {line}, id: card {card} appears twice in the file</source>
            <translation>Zeile {line}, id: Karte {card} kommt zweimal in der Datei vor</translation>
        </message>
        <message>
            <source>line {line}: longer than {limit} characters: not a list of cards</source>
            <translation>Zeile {line}: länger als {limit} Zeichen: keine Liste von Karten</translation>
        </message>
        <message>
            <source>line {line}: the record starting here is longer than {limit} characters (by line {last}): not a card</source>
            <translation>Zeile {line}: Der hier beginnende Datensatz ist länger als {limit} Zeichen (bis Zeile {last}): keine Karte</translation>
        </message>
        <message numerus="yes">
            <source>Import %n card(s) from {file}</source>
            <translation>
                <numerusform>%n Karte aus {file} importieren</numerusform>
                <numerusform>%n Karten aus {file} importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>No import has been made into this database.</source>
            <translation>In diese Datenbank wurde noch nichts importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) added</source>
            <translation>
                <numerusform>%n Karte hinzugefügt</numerusform>
                <numerusform>%n Karten hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message>
            <source>from {file} ({tool})</source>
            <translation>aus {file} ({tool})</translation>
        </message>
        <message>
            <source>[undone]</source>
            <translation>[rückgängig gemacht]</translation>
        </message>
        <message>
            <source>--undo {wanted}: give an import's id from --list</source>
            <translation>--undo {wanted}: Geben Sie die ID eines Imports aus --list an</translation>
        </message>
        <message>
            <source>there is no import to undo</source>
            <translation>es gibt keinen Import, der rückgängig gemacht werden kann</translation>
        </message>
        <message>
            <source>there is no import {wanted}</source>
            <translation>es gibt keinen Import {wanted}</translation>
        </message>
        <message>
            <source>import {id} was undone already</source>
            <translation>Import {id} wurde bereits rückgängig gemacht</translation>
        </message>
        <message numerus="yes">
            <source>import {id} added nothing (it updated %n card(s)): the command line cannot take updates back; the window's Undo can, in the session that made them</source>
            <translation>
                <numerusform>Import {id} hat nichts hinzugefügt (er hat %n Karte aktualisiert): Die Befehlszeile kann Aktualisierungen nicht zurücknehmen; das geht mit „Rückgängig“ im Fenster, in der Sitzung, in der sie gemacht wurden</numerusform>
                <numerusform>Import {id} hat nichts hinzugefügt (er hat %n Karten aktualisiert): Die Befehlszeile kann Aktualisierungen nicht zurücknehmen; das geht mit „Rückgängig“ im Fenster, in der Sitzung, in der sie gemacht wurden</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from {file}</source>
            <translation>Import aus {file}</translation>
        </message>
        <message numerus="yes">
            <source>Undid import {id}: took away the %n card(s) it added</source>
            <translation>
                <numerusform>Import {id} rückgängig gemacht: %n hinzugefügte Karte entfernt</numerusform>
                <numerusform>Import {id} rückgängig gemacht: %n hinzugefügte Karten entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the %n card(s) it updated keep their new values</source>
            <translation>
                <numerusform>die aktualisierte Karte behält ihre neuen Werte</numerusform>
                <numerusform>die %n aktualisierten Karten behalten ihre neuen Werte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move from before their card was created was left out</source>
            <translation>
                <numerusform>%n Verschiebung von vor dem Anlegen ihrer Karte wurde weggelassen</numerusform>
                <numerusform>%n Verschiebungen von vor dem Anlegen ihrer Karte wurden weggelassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moves from before their card was created were left out</source>
            <translation>
                <numerusform>%n Verschiebung von vor dem Anlegen ihrer Karte wurde weggelassen</numerusform>
                <numerusform>%n Verschiebungen von vor dem Anlegen ihrer Karte wurden weggelassen</numerusform>
            </translation>
        </message>
        <message>
            <source>{field}: {reason}; taken out</source>
            <translation>{field}: {reason}; entfernt</translation>
        </message>
        <message>
            <source>{field}: {reason}; left out</source>
            <translation>{field}: {reason}; weggelassen</translation>
        </message>
        <message>
            <source>line {line}, {field}: {error}</source>
            <translation>Zeile {line}, {field}: {error}</translation>
        </message>
        <message>
            <source>board name</source>
            <translation>Board-Name</translation>
        </message>
        <message>
            <source>impact note</source>
            <translation>Anmerkung zum Nutzen</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>{value} is not a whole number of at least {minimum}</source>
            <translation>{value} ist keine ganze Zahl von mindestens {minimum}</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2026-11-23T09:00:00+00:00</source>
            <translation>{value} ist keine Angabe von Datum und Uhrzeit wie 2026-11-23T09:00:00+00:00</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Found by itself (UTF-8, UTF-16)</source>
            <translation>Automatisch erkannt (UTF-8, UTF-16)</translation>
        </message>
        <message>
            <source>Windows Western, cp1252 (German, French, Spanish Excel)</source>
            <translation>Windows Westeuropäisch, cp1252 (deutsches, französisches, spanisches Excel)</translation>
        </message>
        <message>
            <source>Latin-1, ISO-8859-1</source>
            <translation>Latin-1, ISO-8859-1</translation>
        </message>
        <message>
            <source>Japanese, Shift JIS (cp932: Japanese Excel)</source>
            <translation>Japanisch, Shift JIS (cp932: japanisches Excel)</translation>
        </message>
        <message>
            <source>Japanese, EUC-JP</source>
            <translation>Japanisch, EUC-JP</translation>
        </message>
        <message>
            <source>Central European, cp1250</source>
            <translation>Mitteleuropäisch, cp1250</translation>
        </message>
        <message>
            <source>Cyrillic, cp1251</source>
            <translation>Kyrillisch, cp1251</translation>
        </message>
        <message>
            <source>Mac Roman</source>
            <translation>Mac Roman</translation>
        </message>
        <message>
            <source>Import {0}</source>
            <translation>{0} importieren</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiv</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Update them</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Kodierung:</translation>
        </message>
        <message>
            <source>&amp;Finished cards go:</source>
            <translation>&amp;Erledigte Karten kommen nach:</translation>
        </message>
        <message>
            <source>Cards already &amp;there from an earlier import:</source>
            <translation>Schon aus einem früheren Import &amp;vorhandene Karten:</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Where the lists of the file go:</source>
            <translation>Wohin die Listen der Datei kommen:</translation>
        </message>
        <message>
            <source>Made to fit:</source>
            <translation>Angepasst:</translation>
        </message>
        <message>
            <source>Read as: {0}</source>
            <translation>Gelesen als: {0}</translation>
        </message>
        <message>
            <source>(no list)</source>
            <translation>(keine Liste)</translation>
        </message>
        <message>
            <source>Where {0} goes</source>
            <translation>Ziel von {0}</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… und {0} weitere</translation>
        </message>
        <message>
            <source>Archived ({0})</source>
            <translation>Archiviert ({0})</translation>
        </message>
        <message numerus="yes">
            <source>The first %n card(s):</source>
            <translation>
                <numerusform>Die erste Karte:</numerusform>
                <numerusform>Die ersten %n Karten:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Kaizen Board speaks the language chosen when it starts again.</source>
            <translation>Kaizen Board verwendet die gewählte Sprache nach dem nächsten Start.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Datenbank öffnen…</translation>
        </message>
        <message>
            <source>&amp;Archived cards…</source>
            <translation>&amp;Archivierte Karten…</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Export board to CSV…</source>
            <translation>Board als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Print weekly review…</source>
            <translation>Wochenrückblick d&amp;rucken…</translation>
        </message>
        <message>
            <source>Save weekly review as P&amp;DF…</source>
            <translation>Wochenrückblick als PD&amp;F speichern…</translation>
        </message>
        <message>
            <source>Save weekly review as P&amp;NG…</source>
            <translation>Wochenrückblick als P&amp;NG speichern…</translation>
        </message>
        <message>
            <source>Print &amp;kaizen sheet of the card…</source>
            <translation>&amp;Kaizen-Blatt der Karte drucken…</translation>
        </message>
        <message>
            <source>Save kaizen &amp;sheet of the card…</source>
            <translation>Kaizen-Blatt der Karte &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>B&amp;earbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;New card</source>
            <translation>&amp;Neue Karte</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>Voll&amp;bild</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Karte</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>B&amp;oard</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>How the board &amp;works</source>
            <translation>So &amp;funktioniert das Board</translation>
        </message>
        <message>
            <source>Open the &amp;sample board</source>
            <translation>Bei&amp;spiel-Board öffnen</translation>
        </message>
        <message>
            <source>&amp;About Kaizen Board</source>
            <translation>Ü&amp;ber Kaizen Board</translation>
        </message>
        <message>
            <source>&amp;New board…</source>
            <translation>&amp;Neues Board…</translation>
        </message>
        <message>
            <source>&amp;Rename board…</source>
            <translation>Board &amp;umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Delete board…</source>
            <translation>Board &amp;löschen…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>New board</source>
            <translation>Neues Board</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Rename board</source>
            <translation>Board umbenennen</translation>
        </message>
        <message>
            <source> A backup from just before is in {0}.</source>
            <translation> Eine kurz vorher angelegte Sicherung liegt in {0}.</translation>
        </message>
        <message>
            <source>Deleted the board {0}.</source>
            <translation>Das Board {0} wurde gelöscht.</translation>
        </message>
        <message>
            <source>Zoom {0} %</source>
            <translation>Zoom {0} %</translation>
        </message>
        <message>
            <source>The system's ({0})</source>
            <translation>Systemsprache ({0})</translation>
        </message>
        <message>
            <source>New here? Press F1 for how the board works.</source>
            <translation>Neu hier? Drücken Sie F1, um zu erfahren, wie das Board funktioniert.</translation>
        </message>
        <message>
            <source>Making the sample board…</source>
            <translation>Beispiel-Board wird erstellt…</translation>
        </message>
        <message>
            <source>{0} — {1} — Kaizen Board</source>
            <translation>{0} — {1} — Kaizen Board</translation>
        </message>
        <message>
            <source>Select a card first: its kaizen sheet is made of it</source>
            <translation>Wählen Sie zuerst eine Karte aus: Aus ihr wird das Kaizen-Blatt erstellt</translation>
        </message>
        <message>
            <source>Read-only: {0}</source>
            <translation>Schreibgeschützt: {0}</translation>
        </message>
        <message>
            <source>The board shows what it last read: {0}</source>
            <translation>Das Board zeigt den zuletzt gelesenen Stand: {0}</translation>
        </message>
        <message>
            <source>Waiting for another window or command to finish writing…</source>
            <translation>Warten, bis ein anderes Fenster oder ein anderer Befehl den Schreibvorgang beendet hat…</translation>
        </message>
        <message>
            <source>About Kaizen Board</source>
            <translation>Über Kaizen Board</translation>
        </message>
        <message>
            <source>Kaizen Board {0}

Standard, Meet the standard, Improve, Re-standardize, and round again.

Database: {1}</source>
            <translation>Kaizen Board {0}

Standard, Standard einhalten, Verbessern, Neu standardisieren – und wieder von vorn.

Datenbank: {1}</translation>
        </message>
        <message numerus="yes">
            <source>Delete the board {0} with its %n card(s) and all their history, for good?</source>
            <translation>
                <numerusform>Das Board {0} samt %n Karte und ihrem gesamten Verlauf endgültig löschen?</numerusform>
                <numerusform>Das Board {0} samt %n Karten und ihrem gesamten Verlauf endgültig löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>A backup of the database is taken first; undo cannot bring it back.</source>
            <translation>Vorher wird eine Sicherung der Datenbank angelegt; mit „Rückgängig“ lässt sich das Board nicht zurückholen.</translation>
        </message>
        <message>
            <source>It goes for the whole team, and undo cannot bring it back: only the team server's own backups can.</source>
            <translation>Das Löschen gilt für das ganze Team, und mit „Rückgängig“ lässt sich das Board nicht zurückholen: Das können nur die eigenen Sicherungen des Teamservers.</translation>
        </message>
        <message>
            <source>Delete board</source>
            <translation>Board löschen</translation>
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
            <translation>(gelöschte Karte)</translation>
        </message>
    </context>
    <context>
        <name>Moves</name>
        <message>
            <source>card #{card} is archived: restore it before moving it</source>
            <translation>Karte #{card} ist archiviert: Stellen Sie sie wieder her, bevor Sie sie verschieben</translation>
        </message>
        <message>
            <source>cards of different boards cannot be moved together</source>
            <translation>Karten verschiedener Boards können nicht zusammen verschoben werden</translation>
        </message>
        <message>
            <source>Reorder '{title}'</source>
            <translation>„{title}“ umsortieren</translation>
        </message>
        <message>
            <source>Move '{title}' to {stage}</source>
            <translation>„{title}“ nach „{stage}“ verschieben</translation>
        </message>
        <message>
            <source>card #{card} is archived already</source>
            <translation>Karte #{card} ist bereits archiviert</translation>
        </message>
        <message>
            <source>Archive '{title}'</source>
            <translation>„{title}“ archivieren</translation>
        </message>
        <message>
            <source>card #{card} is not archived</source>
            <translation>Karte #{card} ist nicht archiviert</translation>
        </message>
        <message>
            <source>Restore '{title}'</source>
            <translation>„{title}“ wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>Open database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <source>A database &amp;file…</source>
            <translation>Eine Datenbank&amp;datei…</translation>
        </message>
        <message>
            <source>Team server address</source>
            <translation>Adresse des Teamservers</translation>
        </message>
        <message>
            <source>A password is asked for when the server wants one, and kept only while the window is open; ~/.pgpass and PGPASSWORD work too.</source>
            <translation>Ein Passwort wird abgefragt, wenn der Server eines verlangt, und nur so lange aufbewahrt, wie das Fenster geöffnet ist; ~/.pgpass und PGPASSWORD funktionieren ebenfalls.</translation>
        </message>
        <message>
            <source>or a &amp;team server:</source>
            <translation>oder ein &amp;Teamserver:</translation>
        </message>
        <message>
            <source>Kaizen Board databases (*.sqlite *.db);;All files (*)</source>
            <translation>Datenbanken von Kaizen Board (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Team server</source>
            <translation>Teamserver</translation>
        </message>
        <message>
            <source>Password for {0}:</source>
            <translation>Passwort für {0}:</translation>
        </message>
    </context>
    <context>
        <name>Participation</name>
        <message>
            <source>no team yet</source>
            <translation>noch kein Team</translation>
        </message>
        <message>
            <source>{submitted} of {team}</source>
            <translation>{submitted} von {team}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres Mitglied</numerusform>
                <numerusform>… und %n weitere Mitglieder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{prefix}%n members</source>
            <translation>
                <numerusform>{prefix}%n Mitglied</numerusform>
                <numerusform>{prefix}%n Mitglieder</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>{kind}: missing</source>
            <translation>{kind}: fehlt</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Add a before picture to '{title}'</source>
            <translation>Vorher-Bild zu „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Add an after picture to '{title}'</source>
            <translation>Nachher-Bild zu „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Add a picture to '{title}'</source>
            <translation>Bild zu „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' before</source>
            <translation>Bild von „{title}“ als Vorher-Bild markieren</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' after</source>
            <translation>Bild von „{title}“ als Nachher-Bild markieren</translation>
        </message>
        <message>
            <source>Mark a picture of '{title}' plain</source>
            <translation>Bild von „{title}“ als normales Bild markieren</translation>
        </message>
        <message>
            <source>a picture is marked {kinds}, not {kind}</source>
            <translation>ein Bild wird mit einem von {kinds} markiert, nicht mit {kind}</translation>
        </message>
        <message>
            <source>the card's pictures were changed elsewhere since; left as they are</source>
            <translation>die Bilder der Karte wurden inzwischen an anderer Stelle geändert; sie bleiben unverändert</translation>
        </message>
        <message>
            <source>the picture</source>
            <translation>das Bild</translation>
        </message>
        <message>
            <source>there is no picture #{picture}</source>
            <translation>es gibt kein Bild #{picture}</translation>
        </message>
        <message>
            <source>Remove a picture of '{title}'</source>
            <translation>Bild von „{title}“ entfernen</translation>
        </message>
        <message>
            <source>pictures up to {size} MB and {megapixels} megapixels; larger than {side} pixels are scaled down</source>
            <translation>Bilder bis {size} MB und {megapixels} Megapixel; Bilder über {side} Pixel werden verkleinert</translation>
        </message>
        <message>
            <source>{path} is a folder, not a picture</source>
            <translation>{path} ist ein Ordner, kein Bild</translation>
        </message>
        <message>
            <source>{path} is not a picture file</source>
            <translation>{path} ist keine Bilddatei</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}</source>
            <translation>{path} konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a picture may be up to {limit} MB</source>
            <translation>{name} ist {size} MB groß; ein Bild darf höchstens {limit} MB groß sein</translation>
        </message>
        <message>
            <source>{name} is empty, not a picture</source>
            <translation>{name} ist leer, kein Bild</translation>
        </message>
        <message>
            <source>{name} is damaged or cut short: its JPEG data has no end</source>
            <translation>{name} ist beschädigt oder unvollständig: Die JPEG-Daten haben kein Ende</translation>
        </message>
        <message>
            <source>{name} is not a picture Kaizen Board can read (PNG, JPEG, GIF, WebP, BMP or TIFF)</source>
            <translation>{name} ist kein Bild, das Kaizen Board lesen kann (PNG, JPEG, GIF, WebP, BMP oder TIFF)</translation>
        </message>
        <message>
            <source>{name} is a {format} file; use PNG, JPEG, GIF, WebP, BMP or TIFF</source>
            <translation>{name} ist eine {format}-Datei; verwenden Sie PNG, JPEG, GIF, WebP, BMP oder TIFF</translation>
        </message>
        <message>
            <source>{name} claims to be {width} x {height} pixels, more than the {megapixels} megapixels a picture may have; it was not read</source>
            <translation>{name} gibt an, {width} x {height} Pixel groß zu sein, mehr als die {megapixels} Megapixel, die ein Bild haben darf; es wurde nicht gelesen</translation>
        </message>
        <message>
            <source>{name} is larger than {megapixels} megapixels</source>
            <translation>{name} ist größer als {megapixels} Megapixel</translation>
        </message>
        <message>
            <source>{name} is damaged or cut short: {reason}</source>
            <translation>{name} ist beschädigt oder unvollständig: {reason}</translation>
        </message>
        <message>
            <source>the picture could not be stored as {format}</source>
            <translation>das Bild konnte nicht als {format} gespeichert werden</translation>
        </message>
    </context>
    <context>
        <name>PicturesPanel</name>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Pictures of the card</source>
            <translation>Bilder der Karte</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Markiert als</translation>
        </message>
        <message>
            <source>&amp;Add from file…</source>
            <translation>Aus &amp;Datei hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>Marked:</source>
            <translation>Markiert als:</translation>
        </message>
        <message>
            <source>Drop pictures here, paste one, or add one from a file; new ones are marked as chosen above. {0}.</source>
            <translation>Ziehen Sie Bilder hierher, fügen Sie eines ein oder fügen Sie eines aus einer Datei hinzu; neue Bilder werden wie oben gewählt markiert. {0}.</translation>
        </message>
        <message>
            <source>No pictures yet: a photo of before and of after</source>
            <translation>Noch keine Bilder: ein Foto von vorher und eines von nachher</translation>
        </message>
        <message>
            <source>, scaled down</source>
            <translation>, verkleinert</translation>
        </message>
        <message>
            <source>{0}: {1} × {2}{3}; added {4} by {5}</source>
            <translation>{0}: {1} × {2}{3}; hinzugefügt am {4} von {5}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Add pictures</source>
            <translation>Bilder hinzufügen</translation>
        </message>
        <message>
            <source>The clipboard holds no picture to paste.</source>
            <translation>Die Zwischenablage enthält kein Bild zum Einfügen.</translation>
        </message>
        <message>
            <source>pasted.png</source>
            <translation>eingefügt.png</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Weekly review {0}</source>
            <translation>Wochenrückblick {0}</translation>
        </message>
        <message>
            <source>Making the weekly review {0}…</source>
            <translation>Wochenrückblick {0} wird erstellt…</translation>
        </message>
        <message>
            <source>Kaizen sheet of card #{0}</source>
            <translation>Kaizen-Blatt der Karte #{0}</translation>
        </message>
        <message>
            <source>Making the kaizen sheet…</source>
            <translation>Kaizen-Blatt wird erstellt…</translation>
        </message>
        <message>
            <source>Save weekly review as {0}</source>
            <translation>Wochenrückblick als {0} speichern</translation>
        </message>
        <message>
            <source>Saving the weekly review {0}…</source>
            <translation>Wochenrückblick {0} wird gespeichert…</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} gespeichert</translation>
        </message>
        <message>
            <source>Save kaizen sheet</source>
            <translation>Kaizen-Blatt speichern</translation>
        </message>
        <message>
            <source>Saving the kaizen sheet…</source>
            <translation>Kaizen-Blatt wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>Ranks</name>
        <message>
            <source>position {index} is out of range: positions start at 0</source>
            <translation>Position {index} liegt außerhalb des Bereichs: Positionen beginnen bei 0</translation>
        </message>
        <message numerus="yes">
            <source>position {index} is out of range: {stage} has %n other card(s), so positions go from 0 to {count}</source>
            <translation>
                <numerusform>Position {index} liegt außerhalb des Bereichs: „{stage}“ enthält %n andere Karte, die Positionen reichen also von 0 bis {count}</numerusform>
                <numerusform>Position {index} liegt außerhalb des Bereichs: „{stage}“ enthält %n andere Karten, die Positionen reichen also von 0 bis {count}</numerusform>
            </translation>
        </message>
        <message>
            <source>card #{card} is not a card of {stage} to place others by</source>
            <translation>Karte #{card} liegt nicht in „{stage}“ und kann daher nicht als Bezug für andere Karten dienen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Andere Datei…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Backups of {0}, newest first:</source>
            <translation>Sicherungen von {0}, neueste zuerst:</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Sicherungsdatei</translation>
        </message>
        <message>
            <source>Databases (*.sqlite *.db);;All files (*)</source>
            <translation>Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace everything in {0} with the backup {1}?

What it holds now is backed up first, so this too can be undone by restoring that backup.</source>
            <translation>Den gesamten Inhalt von {0} durch die Sicherung {1} ersetzen?

Der jetzige Inhalt wird vorher gesichert; auch dies lässt sich also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>{path}: the review can be saved as .pdf or .png, not {suffix}</source>
            <translation>{path}: Der Rückblick kann als .pdf oder .png gespeichert werden, nicht als {suffix}</translation>
        </message>
        <message>
            <source>{path}: the kaizen sheet can be saved as .pdf or .png, not {suffix}</source>
            <translation>{path}: Das Kaizen-Blatt kann als .pdf oder .png gespeichert werden, nicht als {suffix}</translation>
        </message>
        <message>
            <source>last week {before} ({change})</source>
            <translation>Vorwoche {before} ({change})</translation>
        </message>
        <message>
            <source>Weekly kaizen review {week}</source>
            <translation>Kaizen-Wochenrückblick {week}</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideen</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>Verbesserungen</translation>
        </message>
        <message>
            <source>Moves</source>
            <translation>Verschiebungen</translation>
        </message>
        <message>
            <source>{ideas}: cards created; {improvements}: cards entering {stage} for the first time in their lap.</source>
            <translation>{ideas}: neu angelegte Karten; {improvements}: Karten, die in ihrer Runde zum ersten Mal nach „{stage}“ kommen.</translation>
        </message>
        <message>
            <source>Participation: the board's team as the week ended; ideas per member: the board's ideas of the {weeks} weeks to this one, over the team's size.</source>
            <translation>Beteiligung: das Team des Boards am Ende der Woche; Ideen pro Mitglied: die Ideen des Boards in den {weeks} Wochen bis einschließlich dieser, geteilt durch die Größe des Teams.</translation>
        </message>
        <message>
            <source>unknown paper {paper}: use a4 or letter</source>
            <translation>unbekanntes Papierformat {paper}: Verwenden Sie a4 oder letter</translation>
        </message>
        <message>
            <source>before:</source>
            <translation>vorher:</translation>
        </message>
        <message>
            <source>after:</source>
            <translation>nachher:</translation>
        </message>
        <message>
            <source>Improvements this week</source>
            <translation>Verbesserungen dieser Woche</translation>
        </message>
        <message>
            <source>None this week.</source>
            <translation>Diese Woche keine.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>No one is on the board's team yet.</source>
            <translation>Das Team des Boards hat noch keine Mitglieder.</translation>
        </message>
        <message>
            <source>{now} members submitted an idea in the last {weeks} weeks ({weeks} weeks before: {before}).</source>
            <translation>{now} Mitgliedern haben in den letzten {weeks} Wochen eine Idee eingereicht ({weeks} Wochen davor: {before}).</translation>
        </message>
        <message>
            <source>Ideas per member, last {weeks} weeks: {now}</source>
            <translation>Ideen pro Mitglied, letzte {weeks} Wochen: {now}</translation>
        </message>
        <message>
            <source>({weeks} weeks before: {before})</source>
            <translation>({weeks} Wochen davor: {before})</translation>
        </message>
        <message>
            <source>Not yet: </source>
            <translation>Noch nicht: </translation>
        </message>
        <message>
            <source>Not yet: no one.</source>
            <translation>Noch nicht: niemand.</translation>
        </message>
        <message>
            <source>Who contributed</source>
            <translation>Wer beigetragen hat</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Impr.</source>
            <translation>Verb.</translation>
        </message>
        <message>
            <source>No ideas or improvements.</source>
            <translation>Keine Ideen oder Verbesserungen.</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
    </context>
    <context>
        <name>Rows</name>
        <message>
            <source>there is no card #{card}</source>
            <translation>es gibt keine Karte #{card}</translation>
        </message>
        <message>
            <source>card #{card} is on board {theirs}, not on {ours}</source>
            <translation>Karte #{card} liegt auf dem Board {theirs}, nicht auf {ours}</translation>
        </message>
        <message>
            <source>{title} (card #{card}) was changed elsewhere since you opened it, by someone else or in another window. Nothing of yours was saved over it: look at it as it is now and make your change again</source>
            <translation>{title} (Karte #{card}) wurde seit dem Öffnen an anderer Stelle geändert, von jemand anderem oder in einem anderen Fenster. Nichts davon wurde mit Ihren Angaben überschrieben: Sehen Sie sich den jetzigen Stand an und nehmen Sie Ihre Änderung erneut vor</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere at the same moment</source>
            <translation>Karte #{card} wurde im selben Moment an anderer Stelle geändert</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>— (none written)</source>
            <translation>— (nichts eingetragen)</translation>
        </message>
        <message>
            <source>No standard written yet: nothing to confirm.</source>
            <translation>Noch kein Standard aufgeschrieben: nichts zu bestätigen.</translation>
        </message>
        <message>
            <source>Version {version}. No one is on the board's team yet.</source>
            <translation>Version {version}. Das Team des Boards hat noch keine Mitglieder.</translation>
        </message>
        <message numerus="yes">
            <source>Version {version}: {confirmed} of %n members confirmed.</source>
            <translation>
                <numerusform>Version {version}: {confirmed} von %n Mitglied bestätigt.</numerusform>
                <numerusform>Version {version}: {confirmed} von %n Mitgliedern bestätigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>no one</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Confirmed: </source>
            <translation>Bestätigt: </translation>
        </message>
        <message>
            <source>Not yet: </source>
            <translation>Noch nicht: </translation>
        </message>
        <message>
            <source>Kaizen sheet</source>
            <translation>Kaizen-Blatt</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>Board: {board}</source>
            <translation>Board: {board}</translation>
        </message>
        <message>
            <source>Card #{card} · lap {lap} · now: {state}</source>
            <translation>Karte #{card} · Runde {lap} · jetzt: {state}</translation>
        </message>
        <message>
            <source>Submitted by: {submitter}    Owner: {owner}</source>
            <translation>Eingereicht von: {submitter}    Zuständig: {owner}</translation>
        </message>
        <message>
            <source>Impact: {impact}</source>
            <translation>Nutzen: {impact}</translation>
        </message>
        <message>
            <source>This lap</source>
            <translation>Diese Runde</translation>
        </message>
        <message>
            <source>Before and after</source>
            <translation>Vorher und nachher</translation>
        </message>
        <message>
            <source>Standard before</source>
            <translation>Standard vorher</translation>
        </message>
        <message>
            <source>Standard after</source>
            <translation>Standard nachher</translation>
        </message>
        <message>
            <source>Working to the standard</source>
            <translation>Arbeiten nach Standard</translation>
        </message>
        <message>
            <source>Its moves</source>
            <translation>Verschiebungen der Karte</translation>
        </message>
        <message>
            <source>{when}   lap {lap}   {what}</source>
            <translation>{when}   Runde {lap}   {what}</translation>
        </message>
        <message>
            <source>Before: the text the newest version of the standard replaced; after: the standard now.</source>
            <translation>Vorher: der Text, den die neueste Version des Standards ersetzt hat; nachher: der aktuelle Standard.</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>{tool} {kind}</source>
            <translation>{kind} aus {tool}</translation>
        </message>
        <message>
            <source>{kind}, {encoding}</source>
            <translation>{kind}, {encoding}</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>eine Tabellenkalkulation</translation>
        </message>
        <message>
            <source>Kanboard (its tasks' moves)</source>
            <translation>Kanboard (Verschiebungen der Aufgaben)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>{where}: no title column found (the first row has: {found}); expected a column named Title, Summary, Name, Card Name, Task name or a translation of one (タイトル, Titel, Titre, Résumé, Título, ...)</source>
            <translation>{where}: keine Titelspalte gefunden (die erste Zeile enthält: {found}); erwartet wird eine Spalte namens Title, Summary, Name, Card Name, Task name oder eine Übersetzung davon (タイトル, Titel, Titre, Résumé, Título, ...)</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>a damaged zip archive ({error})</source>
            <translation>ein beschädigtes ZIP-Archiv ({error})</translation>
        </message>
        <message>
            <source>not an Excel workbook that can be read (no zip inside)</source>
            <translation>keine lesbare Excel-Arbeitsmappe (kein ZIP-Inhalt)</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe, a device or a folder): save the cards as a file and import that</source>
            <translation>{path} ist keine normale Datei (eine Pipe, ein Gerät oder ein Ordner): Speichern Sie die Karten als Datei und importieren Sie diese</translation>
        </message>
        <message>
            <source>unknown encoding {encoding}: use one such as utf-8, utf-16 or cp1252</source>
            <translation>unbekannte Kodierung {encoding}: Verwenden Sie z. B. utf-8, utf-16 oder cp1252</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>line {line}: the header has {columns} columns; at most {limit} fit</source>
            <translation>Zeile {line}: Die Kopfzeile hat {columns} Spalten; höchstens {limit} sind möglich</translation>
        </message>
        <message>
            <source>line 1: the file is empty: the first line must be a header with at least a title column</source>
            <translation>Zeile 1: Die Datei ist leer: Die erste Zeile muss eine Kopfzeile mit mindestens einer Titelspalte sein</translation>
        </message>
        <message>
            <source>line {line}: a field is longer than {limit} characters</source>
            <translation>Zeile {line}: Ein Feld ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>line {line}: not valid CSV ({error})</source>
            <translation>Zeile {line}: kein gültiges CSV ({error})</translation>
        </message>
        <message>
            <source>bytes that are not {encoding} text</source>
            <translation>Bytes, die kein {encoding}-Text sind</translation>
        </message>
        <message>
            <source>{problem}; if a spreadsheet saved it in another encoding (German or French Excel save cp1252), import it again naming that one: --encoding cp1252 on the command line, or the encoding in the import preview</source>
            <translation>{problem}; falls eine Tabellenkalkulation die Datei in einer anderen Kodierung gespeichert hat (deutsches oder französisches Excel speichert cp1252), importieren Sie sie erneut mit dieser Kodierung: --encoding cp1252 auf der Kommandozeile oder die Kodierung in der Importvorschau</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>{file}, {problem}</source>
            <translation>{file}, {problem}</translation>
        </message>
        <message>
            <source>not an Excel workbook that can be read ({error})</source>
            <translation>keine lesbare Excel-Arbeitsmappe ({error})</translation>
        </message>
        <message>
            <source>a row of {sheet} has more than {limit} cells</source>
            <translation>eine Zeile des Tabellenblatts {sheet} hat mehr als {limit} Zellen</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>Zeile {row}</translation>
        </message>
        <message>
            <source>a damaged Excel workbook ({kind}: {error})</source>
            <translation>eine beschädigte Excel-Arbeitsmappe ({kind}: {error})</translation>
        </message>
        <message>
            <source>row {row}: more than {limit} rows: not a plan</source>
            <translation>Zeile {row}: mehr als {limit} Zeilen: Das ist kein Plan</translation>
        </message>
        <message>
            <source>a damaged zip archive ({file}: {error})</source>
            <translation>ein beschädigtes ZIP-Archiv ({file}: {error})</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} bytes</source>
            <translation>{file} ist größer als {limit} Bytes</translation>
        </message>
        <message>
            <source>{file} is too large</source>
            <translation>{file} ist zu groß</translation>
        </message>
        <message>
            <source>a zip archive without a table of cards (it holds {found}); expected Notion's export (a CSV inside) or Focalboard's .boardarchive</source>
            <translation>ein ZIP-Archiv ohne Kartentabelle (es enthält {found}); erwartet wird ein Export von Notion (mit einer CSV-Datei darin) oder ein .boardarchive von Focalboard</translation>
        </message>
        <message>
            <source>CSV in a zip archive ({file})</source>
            <translation>CSV in einem ZIP-Archiv ({file})</translation>
        </message>
        <message>
            <source>{file}, line {line}: not JSON ({error})</source>
            <translation>{file}, Zeile {line}: kein JSON ({error})</translation>
        </message>
        <message>
            <source>a JSON file larger than {limit} bytes</source>
            <translation>eine JSON-Datei, größer als {limit} Bytes</translation>
        </message>
        <message>
            <source>line {line}: not valid JSON ({error})</source>
            <translation>Zeile {line}: kein gültiges JSON ({error})</translation>
        </message>
        <message>
            <source>not valid JSON ({error})</source>
            <translation>kein gültiges JSON ({error})</translation>
        </message>
        <message>
            <source>JSON nested deeper than any board: not a board</source>
            <translation>JSON tiefer verschachtelt als jedes Board: kein Board</translation>
        </message>
        <message>
            <source>keys {keys}</source>
            <translation>Schlüssel {keys}</translation>
        </message>
        <message>
            <source>JSON, but not a board this reads (it has {found}); expected Trello's or Wekan's board export (with lists and cards) or Focalboard's archive</source>
            <translation>JSON, aber kein Board, das hier gelesen werden kann (es enthält {found}); erwartet wird ein Board-Export von Trello oder Wekan (mit Listen und Karten) oder ein Archiv von Focalboard</translation>
        </message>
        <message>
            <source>board JSON</source>
            <translation>Board-JSON</translation>
        </message>
        <message>
            <source>board archive</source>
            <translation>Board-Archiv</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>unknown stage {text}: use one of {names}</source>
            <translation>unbekannte Phase {text}: Verwenden Sie eine von {names}</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Meet the standard</source>
            <translation>Standard einhalten</translation>
        </message>
        <message>
            <source>Improve</source>
            <translation>Verbessern</translation>
        </message>
        <message>
            <source>Re-standardize</source>
            <translation>Neu standardisieren</translation>
        </message>
    </context>
    <context>
        <name>StageModel</name>
        <message>
            <source>Owner: {0}</source>
            <translation>Zuständig: {0}</translation>
        </message>
        <message>
            <source>Tags: {0}</source>
            <translation>Tags: {0}</translation>
        </message>
        <message>
            <source>Impact: {0}</source>
            <translation>Nutzen: {0}</translation>
        </message>
    </context>
    <context>
        <name>StandardPrompt</name>
        <message>
            <source>Write the standard</source>
            <translation>Standard aufschreiben</translation>
        </message>
        <message>
            <source>Write the new standard</source>
            <translation>Neuen Standard aufschreiben</translation>
        </message>
        <message>
            <source>“{0}” has no standard yet. Step 1 of kaizen: write down how the work is done now, so that the team can meet it and improve it.</source>
            <translation>„{0}“ hat noch keinen Standard. Schritt 1 von Kaizen: Schreiben Sie auf, wie die Arbeit jetzt gemacht wird, damit das Team den Standard einhalten und verbessern kann.</translation>
        </message>
        <message>
            <source>“{0}” is improved. Write its new standard: the improvement becomes the way the work is done.</source>
            <translation>„{0}“ ist verbessert. Schreiben Sie den neuen Standard auf: So wird die Verbesserung zur Art, wie die Arbeit gemacht wird.</translation>
        </message>
        <message>
            <source>How the work is done, step by step</source>
            <translation>Wie die Arbeit gemacht wird, Schritt für Schritt</translation>
        </message>
        <message>
            <source>(none was written)</source>
            <translation>(es wurde keiner aufgeschrieben)</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>Vorher:</translation>
        </message>
        <message>
            <source>&amp;New standard:</source>
            <translation>&amp;Neuer Standard:</translation>
        </message>
        <message>
            <source>&amp;Standard:</source>
            <translation>&amp;Standard:</translation>
        </message>
        <message>
            <source>&amp;Write and move</source>
            <translation>Speichern und &amp;verschieben</translation>
        </message>
        <message>
            <source>&amp;Move anyway</source>
            <translation>&amp;Trotzdem verschieben</translation>
        </message>
        <message>
            <source>Not everyone works to the standard yet</source>
            <translation>Noch arbeiten nicht alle nach dem Standard</translation>
        </message>
        <message>
            <source>“{0}”: do not skip this step. Before improving a standard, everyone works to it. Not yet confirmed by: {1}.</source>
            <translation>„{0}“: Überspringen Sie diesen Schritt nicht. Bevor ein Standard verbessert wird, arbeiten alle nach ihm. Noch nicht bestätigt von: {1}.</translation>
        </message>
        <message>
            <source>Each member confirms in the card's editor, or with Ctrl+K on the board.</source>
            <translation>Jedes Mitglied bestätigt im Editor der Karte oder mit Ctrl+K auf dem Board.</translation>
        </message>
    </context>
    <context>
        <name>Standards</name>
        <message>
            <source>Do not skip this step</source>
            <translation>Diesen Schritt nicht überspringen</translation>
        </message>
        <message>
            <source>card #{card} went on to {stage} before everyone works to its standard ({warning}): not yet confirmed by {names}</source>
            <translation>Karte #{card} ist nach „{stage}“ weitergegangen, bevor alle nach ihrem Standard arbeiten ({warning}): noch nicht bestätigt von {names}</translation>
        </message>
        <message>
            <source>card #{card} left {stage} with no standard written (step 1: write down how the work is done now); write it with --standard TEXT or in the card's editor</source>
            <translation>Karte #{card} hat „{stage}“ ohne aufgeschriebenen Standard verlassen (Schritt 1: Schreiben Sie auf, wie die Arbeit jetzt gemacht wird); tragen Sie ihn mit --standard TEXT oder im Editor der Karte ein</translation>
        </message>
        <message>
            <source>card #{card} entered {stage} without its new standard (the improvement is not the way of working until it is written); write it with --standard TEXT or in the card's editor</source>
            <translation>Karte #{card} ist ohne ihren neuen Standard nach „{stage}“ gekommen (die Verbesserung wird erst zur Arbeitsweise, wenn sie aufgeschrieben ist); tragen Sie ihn mit --standard TEXT oder im Editor der Karte ein</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>the team was changed elsewhere since, so it was left as it is</source>
            <translation>das Team wurde inzwischen an anderer Stelle geändert und bleibt daher unverändert</translation>
        </message>
        <message>
            <source>Add {member} to the team of {board}</source>
            <translation>{member} zum Team von {board} hinzufügen</translation>
        </message>
        <message>
            <source>{member} is not on the team of the board {board}</source>
            <translation>{member} gehört nicht zum Team des Boards {board}</translation>
        </message>
        <message>
            <source>Remove {member} from the team of {board}</source>
            <translation>{member} aus dem Team von {board} entfernen</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team of {0}</source>
            <translation>Team von {0}</translation>
        </message>
        <message>
            <source>Members of the team</source>
            <translation>Mitglieder des Teams</translation>
        </message>
        <message>
            <source>Name of a member to add</source>
            <translation>Name eines neuen Mitglieds</translation>
        </message>
        <message>
            <source>Name to add</source>
            <translation>Hinzuzufügender Name</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove from the team</source>
            <translation>Aus dem Team &amp;entfernen</translation>
        </message>
        <message>
            <source>Everyone named on a card as owner or submitter joins the team. Confirmations of a standard count for the members now on it; someone removed stops counting, and their history stays.</source>
            <translation>Alle, die auf einer Karte als Zuständige oder Einreichende genannt sind, kommen ins Team. Bestätigungen eines Standards zählen für die aktuellen Mitglieder; wer entfernt wird, zählt nicht mehr, sein Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>{0} (left {1})</source>
            <translation>{0} (ausgeschieden am {1})</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <source>{location} is busy: another member's change kept the board locked; nothing was changed. Try again in a moment</source>
            <translation>{location} ist beschäftigt: Die Änderung eines anderen Mitglieds hielt das Board gesperrt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal</translation>
        </message>
        <message>
            <source>another member changed the board at the same moment; nothing was changed. Try again</source>
            <translation>ein anderes Mitglied hat das Board im selben Moment geändert; es wurde nichts geändert. Versuchen Sie es noch einmal</translation>
        </message>
        <message>
            <source>{location}: you may read this board but not change it (a viewer); nothing was changed</source>
            <translation>{location}: Sie dürfen dieses Board lesen, aber nicht ändern (Betrachter); es wurde nichts geändert</translation>
        </message>
        <message>
            <source>{location} wants a password ({reason}): give it when asked, or in ~/.pgpass or PGPASSWORD</source>
            <translation>{location} verlangt ein Passwort ({reason}): Geben Sie es ein, wenn danach gefragt wird, oder hinterlegen Sie es in ~/.pgpass oder PGPASSWORD</translation>
        </message>
        <message>
            <source>the team server {location} cannot be reached ({reason}): check that it runs, that the address is right and that you may sign in</source>
            <translation>der Teamserver {location} ist nicht erreichbar ({reason}): Prüfen Sie, ob er läuft, ob die Adresse stimmt und ob Sie sich anmelden dürfen</translation>
        </message>
        <message>
            <source>{location}: {problem}; nothing was moved or changed</source>
            <translation>{location}: {problem}; es wurde nichts verschoben oder geändert</translation>
        </message>
        <message>
            <source>the team server {location} cannot be reached ({error})</source>
            <translation>der Teamserver {location} ist nicht erreichbar ({error})</translation>
        </message>
        <message>
            <source>the connection to {location} was lost ({error})</source>
            <translation>die Verbindung zu {location} wurde unterbrochen ({error})</translation>
        </message>
        <message>
            <source>the connection to {location} was lost</source>
            <translation>die Verbindung zu {location} wurde unterbrochen</translation>
        </message>
        <message>
            <source>{location}: a team server needs the team extra: pip install 'kaizen-board[team]' (in a checkout: -c constraints.txt)</source>
            <translation>{location}: Ein Teamserver braucht das Extra „team“: pip install 'kaizen-board[team]' (in einem Checkout: -c constraints.txt)</translation>
        </message>
        <message>
            <source>{location} is not a PostgreSQL address: {error}</source>
            <translation>{location} ist keine PostgreSQL-Adresse: {error}</translation>
        </message>
        <message>
            <source>{location}: {role} is neither a member nor a viewer of this board: the server's administrator adds you with 'kaizen-board team add URL {role}'</source>
            <translation>{location}: {role} ist weder Mitglied noch Betrachter dieses Boards: Der Administrator des Servers fügt Sie mit 'kaizen-board team add URL {role}' hinzu</translation>
        </message>
        <message>
            <source>you may read this board but not change it (a viewer)</source>
            <translation>Sie dürfen dieses Board lesen, aber nicht ändern (Betrachter)</translation>
        </message>
        <message>
            <source>{location}: the board is not set up on this server yet, and {role} may not set it up: the database's owner sets it up with 'kaizen-board team init URL'; nothing was changed</source>
            <translation>{location}: Das Board ist auf diesem Server noch nicht eingerichtet, und {role} darf es nicht einrichten: Der Eigentümer der Datenbank richtet es mit 'kaizen-board team init URL' ein; es wurde nichts geändert</translation>
        </message>
        <message>
            <source>{location}: the board on this server is at schema version {version}, and this version of Kaizen Board needs version {needed}: the server's board must be upgraded by its owner ({owner}), with 'kaizen-board team init URL' signed in as {owner}, or by opening it once as {owner}; nothing was changed</source>
            <translation>{location}: Das Board auf diesem Server hat die Schemaversion {version}, diese Version von Kaizen Board braucht Version {needed}: Das Board des Servers muss von seinem Eigentümer ({owner}) aktualisiert werden, mit 'kaizen-board team init URL', angemeldet als {owner}, oder indem es einmal als {owner} geöffnet wird; es wurde nichts geändert</translation>
        </message>
        <message>
            <source>made the group role {role}</source>
            <translation>Gruppenrolle {role} angelegt</translation>
        </message>
        <message>
            <source>the board's schema is at version {version}</source>
            <translation>das Schema des Boards hat Version {version}</translation>
        </message>
        <message>
            <source>{members} may change the board, {viewers} may read it</source>
            <translation>{members} dürfen das Board ändern, {viewers} dürfen es lesen</translation>
        </message>
        <message>
            <source>{name} cannot be a sign-in name: use lower-case letters, digits and _ (starting with a letter)</source>
            <translation>{name} kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern und _ (beginnend mit einem Buchstaben)</translation>
        </message>
        <message>
            <source>{name} is now in {group}</source>
            <translation>{name} ist jetzt in {group}</translation>
        </message>
        <message>
            <source>made the sign-in {name} in {group}; give it a password with: psql -c '\password {name}'</source>
            <translation>Anmeldung {name} in {group} angelegt; vergeben Sie ein Passwort mit: psql -c '\password {name}'</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{text} is not an ISO week: write it like 2026-W48</source>
            <translation>{text} ist keine ISO-Woche: Schreiben Sie sie wie 2026-W48</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>card #{card} exists again; the delete was not undone</source>
            <translation>Karte #{card} existiert wieder; das Löschen wurde nicht rückgängig gemacht</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere after this change, so it was not undone</source>
            <translation>Karte #{card} wurde nach dieser Änderung an anderer Stelle geändert; die Änderung wurde daher nicht rückgängig gemacht</translation>
        </message>
        <message>
            <source>card #{card} exists again, so it was not added again</source>
            <translation>Karte #{card} existiert wieder und wurde daher nicht erneut hinzugefügt</translation>
        </message>
        <message>
            <source>card #{card} was changed elsewhere since this change was undone, so it was not made again</source>
            <translation>Karte #{card} wurde an anderer Stelle geändert, seit diese Änderung rückgängig gemacht wurde; sie wurde daher nicht wiederholt</translation>
        </message>
        <message>
            <source>cards were added to the board {board} since it was made, so it stays</source>
            <translation>dem Board {board} wurden seit seiner Erstellung Karten hinzugefügt; es bleibt daher bestehen</translation>
        </message>
        <message>
            <source>a board named {name} exists again</source>
            <translation>ein Board namens {name} existiert wieder</translation>
        </message>
        <message>
            <source>the board {board} was changed elsewhere since, so it was left as it is</source>
            <translation>das Board {board} wurde inzwischen an anderer Stelle geändert und bleibt daher unverändert</translation>
        </message>
        <message>
            <source>another board is named {name} now, so it was left as it is</source>
            <translation>ein anderes Board heißt jetzt {name}; das Board bleibt daher unverändert</translation>
        </message>
        <message>
            <source>the limit of {stage} was changed elsewhere since, so it was left as it is</source>
            <translation>das WIP-Limit von „{stage}“ wurde inzwischen an anderer Stelle geändert und bleibt daher unverändert</translation>
        </message>
        <message>
            <source>cards of the import were changed or deleted since, so the import was not undone</source>
            <translation>Karten des Imports wurden inzwischen geändert oder gelöscht; der Import wurde daher nicht rückgängig gemacht</translation>
        </message>
        <message>
            <source>cards of the import have history added since (another import's moves, say), so the import was not undone: undo that one first</source>
            <translation>zu Karten des Imports ist inzwischen Verlauf hinzugekommen (etwa Verschiebungen eines anderen Imports); der Import wurde daher nicht rückgängig gemacht: Machen Sie zuerst diesen rückgängig</translation>
        </message>
        <message>
            <source>the import can no longer be made again here; import the file again</source>
            <translation>der Import kann hier nicht mehr wiederholt werden; importieren Sie die Datei erneut</translation>
        </message>
        <message>
            <source>the import can no longer be made again here (its cards' ids were taken since); import the file again</source>
            <translation>der Import kann hier nicht mehr wiederholt werden (die IDs seiner Karten wurden inzwischen vergeben); importieren Sie die Datei erneut</translation>
        </message>
    </context>
    <context>
        <name>WeekDialog</name>
        <message>
            <source>Weekly review</source>
            <translation>Wochenrückblick</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Day of another week</source>
            <translation>Tag einer anderen Woche</translation>
        </message>
        <message>
            <source>&amp;Review this week</source>
            <translation>&amp;Rückblick auf diese Woche</translation>
        </message>
        <message>
            <source>&amp;Week:</source>
            <translation>&amp;Woche:</translation>
        </message>
        <message>
            <source>or pick a day of another week:</source>
            <translation>oder wählen Sie einen Tag einer anderen Woche:</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
    </context>
</TS>
