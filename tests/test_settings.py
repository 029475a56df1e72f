from pathlib import Path

from veille.settings import SETTINGS

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text()
    for setting in SETTINGS:
        assert f"`{setting.name}`" in text, setting.name
