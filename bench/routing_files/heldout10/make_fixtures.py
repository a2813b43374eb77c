"""Recreate the fixture files used by the tenth held-out routing set (bench/routing_heldout10/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout10/make_fixtures.py

Adapted from bench/routing_files/heldout9/make_fixtures.py (its helpers, its audio joining and its
encoder settings are copied unchanged; one file may override its container's codec). Everything is
generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.jpeg``/``.JPG`` ones are "photographed" (slight rotation, blur, seeded
  noise); the two ``.png`` files are screenshots;
* the photos are scikit-image's bundled sample images ``camera``, ``coins`` and the left view of
  ``stereo_motorcycle``
  (cropped, resized, tinted), or scenes drawn with Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for .wav/.flac), in several containers (.ogg with Opus or Vorbis, .m4a, .mp3, .wav, .flac,
  .opus), each clip under 13 s.

Every file stays under 250 KB.  The routing set only *plans*, so the files exist to make the
requests realistic and the paths real; their content matches what the requests ask about.
"""


import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FONTS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
MAX_BYTES = 250_000
MAX_SECONDS = 13.0
ALBUM = "vacances_bretagne"

SANS, BOLD, MONO, MONO_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono", "DejaVuSansMono-Bold"
SERIF, SERIF_BOLD = "LiberationSerif-Regular|DejaVuSerif", "LiberationSerif-Bold|DejaVuSerif-Bold"
HAND = "LiberationSerif-Italic|DejaVuSerif-Italic"  # a stand-in for handwriting
HAND_BOLD = "LiberationSerif-BoldItalic|DejaVuSerif-BoldItalic"
MARKER = "LiberationSans-Bold|DejaVuSans-Bold"  # whiteboard marker capitals


def _font(names: str, size: int) -> ImageFont.ImageFont:
    """First font found of a '|'-separated list of names (e.g. a Liberation face, then a DejaVu fallback)."""
    for name in names.split("|"):
        for d in FONTS:
            p = d / f"{name}.ttf"
            if p.exists():
                return ImageFont.truetype(str(p), size)
    return ImageFont.load_default()


def _lines(img: Image.Image, xy: tuple[int, int], lines: list[str], font, fill="black", gap: int = 4) -> int:
    d = ImageDraw.Draw(img)
    x, y = xy
    for line in lines:
        d.text((x, y), line, fill=fill, font=font)
        y += getattr(font, "size", 11) + gap
    return y


def _photo_finish(img: Image.Image, seed: int, noise: float = 6.0, blur: float = 0.8) -> Image.Image:
    """Soften a drawn scene and add seeded sensor-like noise."""
    img = img.convert("RGB").filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(seed).normal(0.0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _photographed(doc: Image.Image, seed: int, angle: float, bg=(70, 60, 55), pad: int = 24) -> Image.Image:
    """A document lying on a table (or stuck to a wall or door), shot with a phone: padded, rotated, noisy."""
    w, h = doc.size
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bg)
    canvas.paste(doc, (pad, pad))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    return _photo_finish(canvas, seed, noise=5.0, blur=0.6)


def _gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    w, h = size
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    a = (1 - t) * np.array(top)[None, None, :] + t * np.array(bottom)[None, None, :]
    return Image.fromarray(np.repeat(a, w, axis=1).astype(np.uint8))


def _skimage(name: str, crop: tuple[int, int, int, int] | None = None, size: tuple[int, int] | None = None) -> Image.Image:
    from skimage import data

    img = Image.fromarray(np.asarray(getattr(data, name)())).convert("RGB")
    if crop:
        img = img.crop(crop)
    if size:
        img = img.resize(size, Image.LANCZOS)
    return img


def _tint(img: Image.Image, gains=(1.05, 1.0, 0.9)) -> Image.Image:
    a = np.asarray(img).astype(np.float32) * np.array(gains)[None, None, :]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------- images with text


def parking_ticket_de() -> Image.Image:  # IMG_20251213_143012.jpg (a parking-machine ticket on a dashboard)
    doc = Image.new("RGB", (230, 330), (250, 250, 244))
    f = _font(MONO, 12)
    _lines(doc, (14, 12), ["     PARKSCHEIN", "   Stadt Lindenau", ""], _font(MONO_BOLD, 13), gap=3)
    _lines(doc, (14, 70), ["Zone 3 - Altstadt", "Automat Nr. 0417", "", "Datum      13.12.2025",
                           "Parkbeginn      13:05", "Bezahlt     2,40 EUR", ""], f, gap=4)
    _lines(doc, (14, 200), ["GUELTIG BIS", "  14:35 Uhr"], _font(MONO_BOLD, 18), gap=4)
    _lines(doc, (14, 262), ["Gut sichtbar hinter der", "Windschutzscheibe auslegen."], _font(MONO, 11), gap=3)
    return _photographed(doc, 1001, angle=-3.0, bg=(45, 45, 50), pad=26)


def medicine_label() -> Image.Image:  # 20251214_091533.jpg (a pharmacy label on a medicine box)
    doc = Image.new("RGB", (330, 210), (235, 240, 248))  # the box
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 330, 30], fill=(20, 90, 160))
    _lines(doc, (10, 7), ["Amoxicillin 500 mg Capsules"], _font(BOLD, 13), fill="white")
    d.rectangle([14, 44, 316, 196], fill="white", outline=(120, 120, 120))  # the printed label
    _lines(doc, (22, 50), ["21 x AMOXICILLIN 500 MG CAPSULES", "", "Take ONE capsule THREE times a day.",
                           "Space the doses evenly and keep", "taking until the course is finished.", "",
                           "Mr Daniel Okafor          14/12/25", "Greenway Pharmacy, 3 Mill Lane,",
                           "Bristol BS3 1AB   0117 496 0321"], _font(SANS, 11), gap=3)
    return _photographed(doc, 1002, angle=1.8, bg=(190, 175, 150), pad=24)


def train_ticket_es() -> Image.Image:  # Captura de pantalla 2025-12-12 182241.png (a desktop screenshot)
    img = Image.new("RGB", (520, 340), (232, 234, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 520, 26], fill=(210, 214, 220))
    _lines(img, (10, 6), ["billete_X7K2PQ.pdf - Visor de PDF"], _font(SANS, 11), fill=(40, 40, 40))
    d.rectangle([60, 40, 460, 300], fill="white", outline=(190, 190, 190))
    d.rectangle([60, 40, 460, 74], fill=(120, 20, 90))
    _lines(img, (74, 49), ["TrenRápido · Billete electrónico"], _font(BOLD, 14), fill="white")
    _lines(img, (76, 86), ["Madrid Pta. de Atocha  \u2192  València J. Sorolla", "Sábado 20/12/2025", "",
                           "Salida 09:40          Llegada 11:32", "Coche 5             Plaza 12A (ventana)",
                           "Tarifa Básica                    38,60 €", "", "Localizador: X7K2PQ",
                           "Viajero: Lucía Fernández Ortega"], _font(SANS, 12), gap=5)
    d.rectangle([0, 314, 520, 340], fill=(30, 34, 44))  # taskbar
    _lines(img, (440, 316), ["18:22", "12/12/2025"], _font(SANS, 9), fill="white", gap=1)
    return img


def recipe_card_fr() -> Image.Image:  # IMG-20251211-WA0014.jpg (a handwritten recipe card)
    doc = Image.new("RGB", (300, 300), (250, 245, 228))
    d = ImageDraw.Draw(doc)
    for y in range(52, 300, 22):
        d.line([10, y, 290, y], fill=(170, 190, 220))
    d.line([34, 0, 34, 300], fill=(220, 120, 120))
    _lines(doc, (44, 12), ["Crêpes de Mamie"], _font(HAND_BOLD, 22), fill=(40, 40, 110))
    _lines(doc, (44, 56), ["250 g de farine", "4 œufs", "1/2 litre de lait", "1 pincée de sel",
                           "50 g de beurre fondu", "1 c. à soupe de sucre", "Laisser reposer 1 heure",
                           "Bonne dégustation !"], _font(HAND, 17), fill=(40, 40, 110), gap=4)
    return _photographed(doc, 1003, angle=-2.5, bg=(120, 90, 60), pad=26)


def museum_sign_it() -> Image.Image:  # DSCN1207.JPG (an opening-hours sign by a museum door)
    img = _gradient((380, 270), (185, 175, 160), (160, 150, 135))  # stone wall
    d = ImageDraw.Draw(img)
    for y in range(0, 270, 34):
        d.line([0, y, 380, y], fill=(140, 130, 118), width=2)
    d.rectangle([30, 24, 350, 246], fill=(245, 242, 232), outline=(90, 70, 40), width=4)
    _lines(img, (60, 36), ["MUSEO CIVICO"], _font(SERIF_BOLD, 24), fill=(90, 30, 20))
    _lines(img, (60, 74), ["Orario di apertura"], _font(SERIF_BOLD, 14), fill=(30, 30, 30))
    _lines(img, (46, 100), ["Martedì - Venerdì  9:00-13:00 / 15:00-18:00", "Sabato e Domenica   10:00-19:00",
                            "Lunedì chiuso", "", "Biglietto intero  8 €    ridotto  5 €",
                            "Ultimo ingresso 30 minuti prima della chiusura"], _font(SERIF, 12), fill=(30, 30, 30),
           gap=5)
    return _photo_finish(img, 1004, noise=5.0)


def parcel_card_nl() -> Image.Image:  # photo_2025-12-10_17-45-03.jpg (a missed-delivery card)
    doc = Image.new("RGB", (300, 250), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 36], fill=(240, 120, 0))
    _lines(doc, (12, 9), ["PakketSnel"], _font(BOLD, 16), fill="white")
    _lines(doc, (12, 46), ["Sorry, we hebben je gemist!"], _font(BOLD, 14), fill=(40, 40, 40))
    printed, hand = _font(SANS, 11), _font(HAND, 15)
    ink = (20, 40, 150)
    _lines(doc, (12, 76), ["Datum:"], printed, fill=(40, 40, 40))
    _lines(doc, (70, 72), ["10-12"], hand, fill=ink)
    _lines(doc, (12, 100), ["Je pakket is afgegeven bij:"], printed, fill=(40, 40, 40))
    _lines(doc, (20, 118), ["de buren, huisnummer 14"], hand, fill=ink)
    _lines(doc, (12, 150), ["Niet thuis bij de buren? Ophalen vanaf:"], printed, fill=(40, 40, 40))
    _lines(doc, (20, 168), ["morgen 15:00, servicepunt Primera"], hand, fill=ink)
    _lines(doc, (12, 200), ["Kerkstraat 8"], printed, fill=(40, 40, 40))
    return _photographed(doc, 1005, angle=2.8, bg=(150, 120, 90), pad=24)


def router_sticker() -> Image.Image:  # image0.jpeg (the label on the bottom of a router)
    doc = Image.new("RGB", (320, 170), (245, 245, 245))
    f = _font(SANS, 12)
    _lines(doc, (12, 10), ["NetBox 7590"], _font(BOLD, 15))
    _lines(doc, (12, 38), ["Wi-Fi network (SSID):  NetBox-4F2A", "Wi-Fi key (WPA2):", "", "Admin:  http://192.168.1.1",
                           "S/N:  N7590-21-0048813"], f, gap=6)
    _lines(doc, (24, 75), ["7314 9920 5561 0832"], _font(MONO_BOLD, 14))
    return _photographed(doc, 1006, angle=-1.2, bg=(25, 25, 28), pad=30)


def laundromat_pt() -> Image.Image:  # IMG_5520.JPG (a price sign in a self-service laundry)
    doc = Image.new("RGB", (320, 260), (230, 244, 252))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 40], fill=(0, 110, 170))
    _lines(doc, (14, 10), ["LAVANDARIA SELF-SERVICE"], _font(BOLD, 16), fill="white")
    _lines(doc, (14, 54), ["Lavagem  8 kg      4,00 €  (30 min)", "Lavagem 16 kg      7,00 €  (40 min)",
                           "Secagem            2,00 €  (15 min)", "", "Detergente e amaciador incluídos.",
                           "A máquina só aceita moedas.", "", "Aberto todos os dias das 7h às 22h."],
           _font(SANS, 12), gap=5)
    return _photographed(doc, 1007, angle=1.0, bg=(200, 200, 205), pad=22)


def tide_board_photo() -> Image.Image:  # vacances_bretagne/IMG_20251020_080144.jpg (a tide-times board on the quay)
    img = _gradient((360, 260), (170, 200, 225), (140, 160, 170))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 260], fill=(110, 105, 95))  # quay
    d.rectangle([166, 190, 178, 260], fill=(80, 60, 40))  # post
    d.rectangle([36, 24, 324, 200], fill=(20, 50, 90), outline=(230, 230, 230), width=4)
    white = (245, 245, 245)
    _lines(img, (56, 36), ["HORAIRES DES MARÉES"], _font(BOLD, 17), fill=white)
    _lines(img, (56, 62), ["Port de Saint-Quay - lundi 20 octobre"], _font(SANS, 11), fill=white)
    _lines(img, (56, 90), ["Pleine mer   06:12    18:37", "Basse mer    00:05    12:24", "",
                           "Coefficient  92"], _font(MONO_BOLD, 13), fill=white, gap=6)
    return _photo_finish(img, 1015, noise=5.0)


# --------------------------------------------------------------------------- photos


def scanned_print() -> Image.Image:  # scan0007.jpg (an old sepia print on a flatbed scanner: a man with a camera)
    photo = _skimage("camera", size=(300, 300))
    photo = _tint(photo, gains=(1.08, 0.92, 0.72))
    framed = Image.new("RGB", (330, 340), (242, 236, 222))  # the print's white border
    framed.paste(photo, (15, 15))
    canvas = Image.new("RGB", (380, 390), (250, 250, 250))  # scanner glass
    canvas.paste(framed.rotate(1.5, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250)), (18, 14))
    return _photo_finish(canvas, 1008, noise=4.0, blur=0.5)


def marketplace_screenshot() -> Image.Image:  # Screenshot_20251215-224907.png (a listing: a motorbike photo and its price)
    img = Image.new("RGB", (300, 560), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(15, 15, 15))
    _lines(img, (10, 4), ["22:49", "41%"], _font(SANS, 11), fill="white")
    d.rectangle([0, 22, 300, 62], fill=(245, 245, 245))
    _lines(img, (14, 33), ["\u2190  Marketplace"], _font(BOLD, 15), fill=(30, 30, 30))
    from skimage import data

    bike = Image.fromarray(np.asarray(data.stereo_motorcycle()[0])).convert("RGB")  # the left view
    w, h = bike.size
    bike = bike.crop((w // 10, h // 8, w - w // 10, h - h // 10)).resize((300, 220), Image.LANCZOS)
    img.paste(bike, (0, 62))
    _lines(img, (14, 296), ["£2,150"], _font(BOLD, 22), fill=(20, 20, 20))
    _lines(img, (14, 330), ["Motorbike, 2009 - 38,000 miles", "Leeds · Collection only", "Listed 3 days ago"],
           _font(SANS, 13), fill=(70, 70, 70), gap=6)
    d.rounded_rectangle([14, 420, 286, 456], radius=8, fill=(24, 119, 242))
    _lines(img, (96, 430), ["Message seller"], _font(BOLD, 13), fill="white")
    return img


def coins_photo() -> Image.Image:  # image1.jpeg (old coins on a table, scikit-image "coins")
    return _photo_finish(_tint(_skimage("coins", size=(384, 303)), gains=(1.1, 0.98, 0.8)), 1009, noise=3.0, blur=0.4)


# --------------------------------------------------------------------------- the Brittany album


def lighthouse_photo() -> Image.Image:  # vacances_bretagne/IMG_20251018_104512.jpg (a red-and-white lighthouse on rocks)
    img = _gradient((360, 260), (120, 170, 225), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 190, 360, 260], fill=(40, 90, 140))  # sea
    d.polygon([(90, 260), (120, 180), (250, 170), (300, 260)], fill=(90, 85, 80))  # rocks
    for i in range(6):  # striped tower
        top = 60 + i * 20
        d.polygon([(170 - i * 2, top), (210 + i * 2, top), (212 + i * 2, top + 20), (168 - i * 2, top + 20)],
                  fill=(200, 30, 30) if i % 2 == 0 else (245, 245, 245))
    d.rectangle([172, 40, 208, 60], fill=(250, 240, 170), outline=(30, 30, 30))  # lantern
    d.polygon([(168, 40), (190, 22), (212, 40)], fill=(30, 30, 30))
    return _photo_finish(img, 1010)


def crepes_photo() -> Image.Image:  # vacances_bretagne/IMG_20251018_131840.jpg (crêpes on a plate, a bowl of cider)
    img = Image.new("RGB", (360, 240), (140, 100, 70))  # wooden table
    d = ImageDraw.Draw(img)
    d.ellipse([30, 40, 250, 210], fill=(245, 245, 240), outline=(200, 200, 200), width=2)  # plate
    for (x, y, a) in ((55, 62, 0), (140, 62, 0), (98, 128, 0)):  # three crêpes folded in quarters
        d.pieslice([x - 55, y - 55, x + 55, y + 55], a, a + 90, fill=(220, 165, 85), outline=(170, 110, 50), width=2)
        for k in range(3):  # browned spots
            cx = x + int(28 * np.cos(np.radians(a + 25 + 20 * k)))
            cy = y + int(28 * np.sin(np.radians(a + 25 + 20 * k)))
            d.ellipse([cx - 4, cy - 3, cx + 4, cy + 3], fill=(175, 115, 55))
    d.ellipse([270, 90, 350, 170], fill=(190, 120, 70))  # earthenware bowl
    d.ellipse([280, 100, 340, 150], fill=(230, 180, 80))  # cider
    return _photo_finish(img, 1011)


def harbour_photo() -> Image.Image:  # vacances_bretagne/IMG_20251019_093017.jpg (sailing boats in a small harbour)
    img = _gradient((360, 240), (180, 205, 230), (215, 225, 235))
    d = ImageDraw.Draw(img)
    for x, h, c in ((0, 50, (235, 225, 210)), (70, 60, (220, 215, 200)), (150, 45, (240, 235, 225)),
                    (230, 65, (225, 220, 205)), (300, 55, (235, 230, 215))):
        d.rectangle([x, 110 - h, x + 60, 110], fill=c)  # granite houses
        d.polygon([(x, 110 - h), (x + 30, 90 - h), (x + 60, 110 - h)], fill=(70, 75, 90))  # slate roofs
    d.rectangle([0, 110, 360, 125], fill=(120, 115, 105))  # quay
    d.rectangle([0, 125, 360, 240], fill=(50, 100, 130))  # water
    for x, c in ((40, (240, 240, 240)), (130, (200, 40, 40)), (220, (30, 60, 120)), (300, (240, 240, 240))):
        d.polygon([(x, 175), (x + 50, 175), (x + 42, 190), (x + 8, 190)], fill=c)  # hull
        d.line([x + 25, 175, x + 25, 95], fill=(60, 60, 60), width=2)  # mast
        d.polygon([(x + 27, 100), (x + 27, 170), (x + 50, 170)], fill=(250, 250, 245))  # sail
    return _photo_finish(img, 1012)


def dog_beach_photo() -> Image.Image:  # vacances_bretagne/IMG_20251019_162255.jpg (a brown dog running on the beach)
    img = _gradient((360, 240), (150, 190, 230), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 100, 360, 140], fill=(60, 110, 150))  # sea
    d.rectangle([0, 140, 360, 240], fill=(225, 205, 160))  # sand
    brown = (130, 80, 40)
    d.ellipse([130, 150, 230, 190], fill=brown)  # body
    d.ellipse([215, 130, 255, 165], fill=brown)  # head
    d.polygon([(240, 135), (250, 118), (252, 140)], fill=(100, 60, 30))  # ear
    d.ellipse([248, 148, 262, 158], fill=(40, 25, 15))  # nose
    for x0, x1 in ((145, 125), (165, 170), (200, 215), (215, 238)):  # legs, mid-stride
        d.line([x0, 180, x1, 212], fill=brown, width=8)
    d.line([133, 165, 105, 145], fill=brown, width=6)  # tail
    return _photo_finish(img, 1013)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "WhatsApp Ptt 2025-12-14 at 19.02.11.ogg": [
        ("en-gb+f3", "Hi, this is Priya from Harbourside Vets. Biscuit's booster vaccination has moved to Friday "
                     "at a quarter past four. Please bring his vaccination card. Thanks, bye."),
    ],
    "New Recording 14.m4a": [
        ("en-us+m3", "Hi everyone, it's Tom from the choir. Tonight's rehearsal is in the church hall on Elm Street "
                     "at seven thirty, not at the school. Please learn the second verse by heart."),
    ],
    "ZOOM0042.WAV": [
        ("en-gb+f2", "Right, so for January we're reading The Remains of the Day."),
        ("en-us+m2", "Lovely. Let's meet at my flat on the fifteenth at eight. Everyone bring a snack."),
    ],
    "aufnahme_20251211_0815.mp3": [
        ("de+f2", "Guten Morgen, hier spricht Frau Keller von der Hausverwaltung. Am Dienstag wird der Aufzug "
                  "gewartet. Von acht bis zwölf Uhr ist er außer Betrieb."),
    ],
    "Enregistrement_005.mp3": [
        ("fr-fr+m2", "Bonjour Madame Girard, ici la pharmacie du Marché. Votre ordonnance est prête, vous pouvez "
                     "passer avant dix-neuf heures. N'oubliez pas votre carte vitale."),
    ],
    "grabacion_0012.wav": [
        ("es+f2", "Hola hija, soy mamá. El sábado comemos en casa de la tía Carmen a las dos. "
                  "Trae tú el postre, que la tarta de queso te sale mejor que a nadie."),
    ],
    "memo_vocale_014.mp3": [
        ("it+f3", "Ciao ragazzi, sono Giulia. Domenica saliamo al rifugio. Ci troviamo alla stazione alle "
                  "sette e mezza. Portate gli scarponi e il pranzo al sacco."),
    ],
    "opname_0004.flac": [
        ("nl+f2", "Goedemiddag, u spreekt met de assistente van huisartsenpraktijk De Linde. De uitslag van uw "
                  "bloedonderzoek is goed. Wilt u maandag terugbellen voor een controleafspraak?"),
    ],
    "gravacao_031.opus": [
        ("pt+m3", "Olá, fala o Nuno, o eletricista. O orçamento para trocar o quadro elétrico fica em trezentos e "
                  "vinte euros. Posso ir na quinta-feira de manhã."),
    ],
}

CODEC = {
    ".opus": ["-f", "ogg", "-c:a", "libopus", "-b:a", "16k"],
    ".webm": ["-f", "webm", "-c:a", "libopus", "-b:a", "16k"],
    ".aac": ["-f", "adts", "-c:a", "aac", "-b:a", "32k"],
    ".ogg": ["-f", "ogg", "-c:a", "libvorbis", "-q:a", "1"],
    ".m4a": ["-f", "ipod", "-c:a", "aac", "-b:a", "32k"],
    ".mp3": ["-f", "mp3", "-c:a", "libmp3lame", "-b:a", "32k"],
    ".flac": ["-f", "flac", "-c:a", "flac", "-sample_fmt", "s16", "-compression_level", "12"],
    ".wav": ["-f", "wav", "-c:a", "pcm_s16le"],
}
# lossless formats use a lower sample rate so the files stay small
RATE = {".flac": "8000", ".wav": "8000", ".opus": "16000", ".webm": "16000"}
# WhatsApp voice notes are Opus in an Ogg container (the plain .ogg setting above is Vorbis)
OVERRIDE = {"WhatsApp Ptt 2025-12-14 at 19.02.11.ogg": ["-f", "ogg", "-c:a", "libopus", "-b:a", "16k"]}


def _join(parts: list[Path], out: Path) -> float:
    frames, params = [], None
    for i, p in enumerate(parts):
        with wave.open(str(p)) as w:
            if params is None:
                params = w.getparams()
                pause = b"\0" * (int(0.5 * w.getframerate()) * w.getsampwidth() * w.getnchannels())
            elif w.getframerate() != params.framerate:
                raise SystemExit(f"{p}: sample rate differs")
            frames.append(w.readframes(w.getnframes()))
        if i < len(parts) - 1:
            frames.append(pause)
    data = b"".join(frames)
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(data)
    return len(data) / (params.sampwidth * params.nchannels * params.framerate)


def make_audio() -> list[Path]:
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found on PATH")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, turns) in enumerate(SPEECH.items()):
            parts = []
            for i, (voice, text) in enumerate(turns):
                part = Path(tmp) / f"a{n}_{i}.wav"
                subprocess.run(["espeak-ng", "-v", voice, "-s", "170", "-w", str(part), text], check=True)
                parts.append(part)
            wav = Path(tmp) / f"a{n}.wav"
            seconds = _join(parts, wav)
            assert seconds <= MAX_SECONDS, f"{name}: {seconds:.1f} s"
            print(f"{name}: {seconds:.1f} s")
            target = HERE / name
            ext = target.suffix.lower()
            subprocess.run(
                ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", RATE.get(ext, "16000"),
                 "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
                 *OVERRIDE.get(name, CODEC[ext]), str(target)],
                check=True,
            )
            out.append(target)
    return out


def make_images() -> list[Path]:
    out = []
    pngs = {
        # screenshots: a train ticket (text) and a marketplace listing (a motorbike photo plus its price)
        "Captura de pantalla 2025-12-12 182241.png": train_ticket_es,
        "Screenshot_20251215-224907.png": marketplace_screenshot,
    }
    for name, fn in pngs.items():
        fn().save(HERE / name, optimize=True)
        out.append(HERE / name)
    jpegs = {
        # photographed text
        "IMG_20251213_143012.jpg": parking_ticket_de,
        "20251214_091533.jpg": medicine_label,
        "IMG-20251211-WA0014.jpg": recipe_card_fr,
        "DSCN1207.JPG": museum_sign_it,
        "photo_2025-12-10_17-45-03.jpg": parcel_card_nl,
        "image0.jpeg": router_sticker,
        "IMG_5520.JPG": laundromat_pt,
        # photos without (much) text
        "scan0007.jpg": scanned_print,
        "image1.jpeg": coins_photo,
        # the Brittany album for search (one of its five photos shows text: the tide-times board)
        f"{ALBUM}/IMG_20251018_104512.jpg": lighthouse_photo,
        f"{ALBUM}/IMG_20251018_131840.jpg": crepes_photo,
        f"{ALBUM}/IMG_20251019_093017.jpg": harbour_photo,
        f"{ALBUM}/IMG_20251019_162255.jpg": dog_beach_photo,
        f"{ALBUM}/IMG_20251020_080144.jpg": tide_board_photo,
    }
    (HERE / ALBUM).mkdir(exist_ok=True)
    for name, fn in jpegs.items():
        fn().save(HERE / name, format="JPEG", quality=82)
        out.append(HERE / name)
    return out


if __name__ == "__main__":
    total = 0
    for path in make_images() + make_audio():
        size = path.stat().st_size
        total += size
        assert size < MAX_BYTES, f"{path} is {size} bytes"
        print(f"{path.relative_to(ROOT)}: {size} bytes")
    print(f"total {total} bytes")
