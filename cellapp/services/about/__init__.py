"""What the About dialog and `cellapp licences` show: the components an installation of CellApp ships
(the interpreter, the fonts, every library) with their licences and the licence texts that travel with
them."""

from cellapp.services.about.licences import (
    PYTHON_LICENCE_FILE,
    Component,
    LicenceText,
    bundled_components,
    library_distributions,
    python_licence_path,
)

__all__ = [
    "PYTHON_LICENCE_FILE",
    "Component",
    "LicenceText",
    "bundled_components",
    "library_distributions",
    "python_licence_path",
]
