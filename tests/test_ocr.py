"""read_text_in_image: RapidOCR on rendered text (character accuracy), reading order, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from agent.routing.fastpath import fast_path
from bench.wer import edit_distance
from tools.base import ToolContext
from tools.errors import InputFileError
from tools.ocr import ReadTextInImage, TextLine, reading_order
from tools.testing import assert_tool_conforms

pytest.importorskip("rapidocr_onnxruntime")

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES = ["OPEN DAILY 9 TO 5", "Fresh bread and coffee", "Platform 3: Berlin Hbf"]


def _font(size: int):
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size=size)


def _cer(ref: str, hyp: str) -> float:
    r, h = list(" ".join(ref.split())), list(" ".join(hyp.split()))
    return edit_distance(r, h) / max(1, len(r))


@pytest.fixture(scope="module")
def ocr():
    tool = ReadTextInImage(None)
    yield tool
    tool.close()


@pytest.fixture
def ctx(tmp_path):
    return ToolContext(None, tmp_path / "out")


def test_conforms():
    assert_tool_conforms(ReadTextInImage)


def test_rendered_text_character_accuracy(ocr, ctx, tmp_path):
    img = Image.new("RGB", (900, 330), "white")
    d = ImageDraw.Draw(img)
    for i, line in enumerate(LINES):
        d.text((40, 40 + i * 95), line, fill="black", font=_font(48))
    p = tmp_path / "sign.png"
    img.save(p)
    r = ocr.run(ocr.Args(path=str(p)), ctx)
    ref = "\n".join(LINES)
    assert r.text.count("\n") == 2, r.text  # three rows, top to bottom
    acc = 1 - _cer(ref, r.text)
    assert acc >= 0.95, (acc, r.text)
    assert all(0 <= line.confidence <= 1 and len(line.box) == 4 for line in r.lines)
    assert '"' in ReadTextInImage.summarize(type("R", (), {"args": {"path": str(p)}, "data": {}, "text": r.text})())


def test_two_words_on_one_row_read_left_to_right(ocr, ctx, tmp_path):
    img = Image.new("RGB", (900, 200), "white")
    d = ImageDraw.Draw(img)
    d.text((560, 60), "EXIT", fill="black", font=_font(56))
    d.text((40, 62), "ENTRANCE", fill="black", font=_font(56))
    p = tmp_path / "two.png"
    img.save(p)
    r = ocr.run(ocr.Args(path=str(p)), ctx)
    assert r.text.replace("\n", " ").split() == ["ENTRANCE", "EXIT"], r.text


def test_reading_order_unit():
    def box(x, y, w=50, h=20):
        return TextLine(text=f"{x},{y}", confidence=1.0, box=[[x, y], [x + w, y], [x + w, y + h], [x, y + h]])

    rows = reading_order([box(200, 103), box(10, 100), box(10, 10), box(300, 12)])
    assert [[t.text for t in r] for r in rows] == [["10,10", "300,12"], ["10,100", "200,103"]]


def test_blank_image_has_no_text(ocr, ctx, tmp_path):
    p = tmp_path / "blank.png"
    Image.new("RGB", (200, 100), "white").save(p)
    r = ocr.run(ocr.Args(path=str(p)), ctx)
    assert r.no_text and r.text == ""


def test_bad_input(ocr, ctx, tmp_path):
    p = tmp_path / "fake.png"
    p.write_text("hello")
    with pytest.raises(InputFileError, match="fake.png: not an image"):
        ocr.run(ocr.Args(path=str(p)), ctx)


def test_fast_path_read_sign_aloud():
    plan = fast_path("read the sign in street.jpg aloud", [], [], {"read_text_in_image", "speak", "caption_image"})
    assert plan is not None
    assert [(s.tool, s.args) for s in plan.steps] == [
        ("read_text_in_image", {"path": "street.jpg"}), ("speak", {"text": "$1.text"})]


PAGE_REF = """Region-based segmentation
Let us first determine markers of the coins and the
background. These markers are pixels that we can label
unambiguously as either object or background. Here,
the markers are found at the two extreme parts of the
histogram of grey values:"""


@pytest.mark.real
def test_real_photo_of_a_page(ocr, ctx, tmp_path):
    """skimage's page.png: a real, unevenly lit photo of a book page (line 5 sits in shadow)."""
    data = pytest.importorskip("skimage.data")
    p = tmp_path / "page.png"
    Image.fromarray(data.page()).save(p)
    r = ocr.run(ocr.Args(path=str(p)), ctx)
    ref, hyp = list("".join(PAGE_REF.split())), list("".join(r.text.split()))
    acc = 1 - edit_distance(ref, hyp) / len(ref)
    assert acc >= 0.75, (acc, r.text)  # measured 0.81 (spaces ignored); the shadowed line is missed
    assert r.text.startswith("Region-based")


@pytest.mark.real
def test_text_regions_tell_a_page_from_a_scene(ocr, tmp_path):
    """The router's cheap look at an image (detector only, shorter side 320 px): a real photo of a book page
    and a rendered receipt show many text regions, real photos of scenes none."""
    from agent.routing.learned import TEXT_MANY

    data = pytest.importorskip("skimage.data")
    for name in ("page", "astronaut", "chelsea", "camera"):
        Image.fromarray(getattr(data, name)()).convert("RGB").save(tmp_path / f"{name}.png")
    img = Image.new("RGB", (700, 900), "white")
    d = ImageDraw.Draw(img)
    for i, line in enumerate(["CAFE CENTRAL", "2 x Cappuccino 7.00", "1 x Croissant 2.50", "Total 9.50",
                              "VAT 10% 0.86", "Card **** 4821", "Thank you!"]):
        d.text((40, 40 + i * 110), line, fill="black", font=_font(40))
    img.save(tmp_path / "receipt.jpg")
    assert ocr.text_regions(str(tmp_path / "page.png")) >= TEXT_MANY
    assert ocr.text_regions(str(tmp_path / "receipt.jpg")) >= TEXT_MANY
    for scene in ("astronaut", "chelsea", "camera"):
        assert ocr.text_regions(str(tmp_path / f"{scene}.png")) == 0, scene
