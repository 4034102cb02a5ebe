"""Printing the weekly review and saving it as a file."""
