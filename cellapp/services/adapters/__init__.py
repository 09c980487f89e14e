"""The services' ways out of the database: where a USB stick is mounted, the user's preferences in the
platform's config folder, and the rows of a spreadsheet. None of them opens a workspace.
"""
