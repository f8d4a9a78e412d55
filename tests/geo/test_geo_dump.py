"""`gazetteer import` on a small GeoNames-format dump written for the test (tests/geo/fixtures)."""

import zipfile
from pathlib import Path

from sitrep.geo.dump import import_dump, read_alternate_names
from sitrep.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"


def test_import_dump_names_divisions_from_adm1_rows(tmp_path):
    out = import_dump(FIXTURES / "IQ.txt", tmp_path / "iq.sqlite", FIXTURES / "alternateNames.txt")
    gaz = Gazetteer.load(out)
    tikrit = gaz.candidates("Tikrit")[0]
    assert (tikrit.admin1, tikrit.country, tikrit.geonameid) == ("Salah ad Din", "Iraq", 90150)
    assert gaz.candidates("Tikreet")[0].geonameid == 90150  # English alternate name
    assert gaz.candidates("XTK") == []  # an airport code is not a name
    assert gaz.candidates("Surra Man Raa") == []  # historic names are left out
    assert gaz.candidates("Hilla")[0].admin1 == "Babil"
    assert gaz.candidates("Some Road") == []  # roads are not kept
    assert gaz.country("IQ").feature_code == "PCLI"
    assert gaz.admin1("IQ", "Salahuddin").name == "Salah ad Din"


def test_import_reads_zip_files(tmp_path):
    z = tmp_path / "IQ.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.write(FIXTURES / "IQ.txt", "IQ.txt")
    gaz = Gazetteer.load(import_dump(z, tmp_path / "iq.sqlite"))
    assert gaz.candidates("Samarra")[0].admin1 == "Salah ad Din"


def test_alternate_names_filter():
    names = read_alternate_names(FIXTURES / "alternateNames.txt")
    assert names[90150] == {"Tikreet"}
    assert names[99347] == {"Hilla City"}
