"""Recreate the fixture files used by the ninth held-out routing set (bench/routing_heldout9/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout9/make_fixtures.py

Adapted from bench/routing_files/heldout8/make_fixtures.py (its helpers and audio encoder settings are
copied unchanged). Everything is generated from scratch and deterministically, with no downloads and
no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.JPG`` ones are "photographed" (slight rotation, blur, seeded noise);
* the photos are scikit-image's bundled sample photos ``chelsea``, ``coffee`` and ``rocket`` (cropped
  and resized), or scenes drawn with Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for .wav/.flac), in several containers (.opus, .m4a, .mp3, .ogg, .aac, .flac, .wav, .webm),
  each clip under 13 s.

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
ALBUM = "viagem_lisboa"

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


def pub_receipt() -> Image.Image:  # IMG_7731.jpg (a pub receipt, photographed)
    doc = Image.new("RGB", (240, 420), (252, 252, 246))
    f = _font(MONO, 12)
    _lines(doc, (14, 10), ["  THE CROWN & ANCHOR", "   12 Harbour Road", "   Falmouth TR11 2AB", ""],
           _font(MONO_BOLD, 12), gap=3)
    _lines(doc, (14, 78), ["Table 9    Covers 4", "", "2 Fish & Chips     29.00", "1 Steak Pie         15.50",
                           "1 Veggie Burger     13.00", "3 Pint Bitter       16.50", "1 Lemonade           3.20",
                           "1 Sticky Toffee      7.40", "--------------------------", "SUBTOTAL           84.60",
                           "Service not incl.", "TOTAL GBP          84.60", "", "07/12/2025  20:51",
                           "Served by: Megan", "", "  Thank you, see you soon!"], f, gap=4)
    return _photographed(doc, 901, angle=-2.2, bg=(60, 45, 35), pad=22)


def flight_screenshot() -> Image.Image:  # Screenshot_20251209-081544.png (an airline app notification)
    img = Image.new("RGB", (300, 540), (244, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(15, 15, 15))
    _lines(img, (10, 4), ["08:15", "62%"], _font(SANS, 11), fill="white")
    d.rectangle([0, 22, 300, 70], fill=(5, 40, 90))
    _lines(img, (16, 36), ["My trips"], _font(BOLD, 17), fill="white")
    d.rounded_rectangle([16, 96, 284, 420], radius=14, fill="white", outline=(205, 205, 215), width=2)
    _lines(img, (32, 112), ["Flight delayed"], _font(BOLD, 18), fill=(200, 90, 0))
    _lines(img, (32, 150), ["LH 2473  Munich - Lisbon", "Tue 9 Dec 2025", "",
                            "Scheduled departure   11:50", "New departure         14:35", "Gate                  G27",
                            "Boarding              13:55", "", "Reason: late arrival of the", "incoming aircraft.",
                            "", "A meal voucher (10 EUR) is", "in your app wallet."], _font(SANS, 12), gap=4)
    _lines(img, (40, 440), ["REBOOK      DETAILS"], _font(BOLD, 13), fill=(5, 80, 180))
    return img


def fridge_note_nl() -> Image.Image:  # IMG_20251207_101812.jpg (a handwritten note on the fridge, photographed)
    doc = Image.new("RGB", (260, 300), (255, 246, 160))  # yellow sticky note
    _lines(doc, (16, 14), ["Boodschappen:"], _font(HAND_BOLD, 20), fill=(30, 40, 120))
    _lines(doc, (22, 52), ["- melk + yoghurt", "- 6 eieren", "- brood (volkoren)", "- kattenvoer!", "",
                           "Niet vergeten:", "Bas om 15:30 ophalen", "bij zwemles (bad 2)", "",
                           "x Ilse"], _font(HAND, 17), fill=(30, 40, 120), gap=4)
    return _photographed(doc, 902, angle=3.5, bg=(230, 232, 235), pad=30)


def shop_door_fr() -> Image.Image:  # PXL_20251206_163015.jpg (a notice taped to a shop door, photographed)
    doc = Image.new("RGB", (280, 250), "white")
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 280, 40], fill=(150, 20, 40))
    _lines(doc, (16, 10), ["Librairie Les Pages"], _font(BOLD, 16), fill="white")
    _lines(doc, (16, 54), ["FERMETURE EXCEPTIONNELLE"], _font(BOLD, 14), fill=(150, 20, 40))
    _lines(doc, (16, 84), ["Mercredi 24 décembre : fermeture", "à 16 h.", "", "Fermé le 25 et le 26 décembre.",
                           "Réouverture le samedi 27 à 10 h.", "", "Joyeuses fêtes !"], _font(SANS, 13), gap=5)
    img = _photographed(doc, 903, angle=-1.5, bg=(40, 60, 70), pad=40)
    return img


def biscuit_label_de() -> Image.Image:  # IMG_7740.jpg (the back of a biscuit packet, photographed)
    doc = Image.new("RGB", (300, 250), (250, 244, 230))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 34], fill=(120, 70, 30))
    _lines(doc, (12, 8), ["Haselnuss-Spekulatius 200 g"], _font(BOLD, 14), fill="white")
    _lines(doc, (12, 44), ["Zutaten: Weizenmehl, Zucker,", "Butter (18 %), HASELNÜSSE (9 %),",
                           "Mandeln, Gewürze (Zimt, Nelken),", "Backtriebmittel, Salz.", "",
                           "Kann Spuren von ERDNÜSSEN und", "SESAM enthalten.", "",
                           "Mindestens haltbar bis: 15.02.2026", "Trocken lagern."], _font(SANS, 12), gap=4)
    return _photographed(doc, 904, angle=2.0, bg=(150, 150, 155), pad=24)


# --------------------------------------------------------------------------- photos


def cat_photo() -> Image.Image:  # IMG_7732.jpg (a tabby cat, scikit-image "chelsea")
    return _skimage("chelsea", size=(345, 225))


def coffee_photo() -> Image.Image:  # PXL_20251206_120344.jpg (a cup of coffee on a saucer, scikit-image "coffee")
    return _skimage("coffee", size=(360, 240))


def rocket_photo() -> Image.Image:  # DSC_0459.JPG (a rocket on the launch pad, scikit-image "rocket")
    return _skimage("rocket", size=(320, 213))


# --------------------------------------------------------------------------- the Lisbon album


def tram_photo() -> Image.Image:  # 20251129_103512.jpg (a yellow tram climbing a steep street)
    img = _gradient((360, 240), (150, 190, 230), (210, 225, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 240), (0, 150), (360, 90), (360, 240)], fill=(150, 140, 130))  # steep street
    for x, h, c in ((0, 120, (230, 200, 150)), (90, 150, (240, 170, 140)), (250, 170, (200, 215, 230))):
        d.rectangle([x, 140 - h, x + 80, 150 - x // 6], fill=c)  # houses
    d.polygon([(110, 175), (250, 150), (250, 95), (110, 120)], fill=(245, 200, 20))  # yellow tram
    for i in range(4):
        x = 125 + i * 30
        d.polygon([(x, 128 - i * 5), (x + 20, 124 - i * 5), (x + 20, 104 - i * 5), (x, 108 - i * 5)],
                  fill=(210, 225, 235))
    d.line([180, 108, 190, 40], fill=(40, 40, 40), width=2)  # trolley pole
    d.line([0, 70, 360, 30], fill=(40, 40, 40), width=1)
    return _photo_finish(img, 911)


def pasteis_photo() -> Image.Image:  # 20251129_111047.jpg (custard tarts on a plate, coffee cup beside)
    img = Image.new("RGB", (360, 240), (120, 85, 60))  # wooden table
    d = ImageDraw.Draw(img)
    d.ellipse([40, 50, 280, 210], fill=(245, 245, 240), outline=(200, 200, 200), width=2)  # plate
    for cx, cy in ((110, 110), (180, 100), (140, 160), (210, 155)):
        d.ellipse([cx - 30, cy - 24, cx + 30, cy + 24], fill=(200, 140, 60))  # pastry
        d.ellipse([cx - 22, cy - 17, cx + 22, cy + 17], fill=(240, 200, 90))  # custard
        d.ellipse([cx - 8, cy - 6, cx + 2, cy + 2], fill=(110, 60, 20))  # burnt spot
    d.ellipse([290, 40, 350, 100], fill=(250, 250, 250))  # cup
    d.ellipse([298, 48, 342, 92], fill=(70, 40, 20))
    return _photo_finish(img, 912)


def cafe_menu_photo() -> Image.Image:  # 20251129_112230.jpg (a café's price board, text)
    img = Image.new("RGB", (340, 290), (60, 50, 45))
    d = ImageDraw.Draw(img)
    d.rectangle([26, 18, 314, 266], fill=(25, 30, 28), outline=(170, 130, 80), width=7)
    chalk = (240, 238, 228)
    _lines(img, (46, 34), ["Café Tagide - Lista"], _font(HAND_BOLD, 19), fill=chalk)
    _lines(img, (46, 74), ["Bica            0,90 €", "Galão           1,60 €", "Pastel de nata  1,30 €",
                           "Tosta mista     3,50 €", "Sumo de laranja 2,80 €", "", "Wi-Fi: tagide2025"],
           _font(HAND, 16), fill=chalk, gap=7)
    return _photo_finish(img, 913, noise=5.5, blur=0.7)


def bridge_sunset_photo() -> Image.Image:  # 20251129_174402.jpg (a red suspension bridge over the river at sunset)
    img = _gradient((360, 240), (250, 150, 70), (120, 60, 90))
    d = ImageDraw.Draw(img)
    d.ellipse([150, 110, 200, 160], fill=(255, 220, 120))  # sun
    d.rectangle([0, 150, 360, 240], fill=(60, 50, 80))  # river
    d.rectangle([0, 128, 360, 136], fill=(180, 40, 30))  # deck
    for x in (90, 270):
        d.rectangle([x - 6, 40, x + 6, 150], fill=(180, 40, 30))  # towers
    d.arc([-90, 40, 90, 230], start=270, end=360, fill=(180, 40, 30), width=3)
    d.arc([90, 40, 270, 230], start=180, end=360, fill=(180, 40, 30), width=3)
    d.arc([270, 40, 450, 230], start=180, end=270, fill=(180, 40, 30), width=3)
    return _photo_finish(img, 914, blur=1.0)


def azulejo_photo() -> Image.Image:  # 20251130_095821.jpg (a house front covered in blue and white tiles)
    img = Image.new("RGB", (360, 240), (240, 240, 245))
    d = ImageDraw.Draw(img)
    for y in range(0, 200, 20):
        for x in range(0, 360, 20):
            d.rectangle([x, y, x + 19, y + 19], fill=(245, 245, 250), outline=(180, 190, 210))
            d.ellipse([x + 4, y + 4, x + 15, y + 15], outline=(30, 70, 160), width=2)
            d.point([(x + 10, y + 10)], fill=(30, 70, 160))
    d.rectangle([140, 90, 220, 200], fill=(90, 50, 30))  # door
    d.rectangle([40, 60, 100, 120], fill=(40, 60, 70))  # windows
    d.rectangle([260, 60, 320, 120], fill=(40, 60, 70))
    d.rectangle([0, 200, 360, 240], fill=(200, 195, 185))  # cobbles
    return _photo_finish(img, 915)


def street_sign_photo() -> Image.Image:  # 20251130_102940.jpg (a tiled street-name plaque and a viewpoint sign, text)
    img = _gradient((360, 240), (225, 205, 170), (200, 180, 150))  # plaster wall
    d = ImageDraw.Draw(img)
    d.rectangle([40, 30, 320, 110], fill=(250, 250, 250), outline=(30, 70, 160), width=5)
    _lines(img, (70, 44), ["Rua de São Tomé"], _font(SERIF_BOLD, 22), fill=(30, 70, 160))
    _lines(img, (120, 78), ["Freguesia de Santa Maria Maior"], _font(SERIF, 10), fill=(30, 70, 160))
    d.rectangle([70, 140, 290, 190], fill=(120, 80, 40))
    _lines(img, (84, 150), ["Miradouro de Santa Luzia", "200 m  \u2192"], _font(BOLD, 13), fill="white", gap=2)
    return _photo_finish(img, 916, noise=5.0)


def seagull_photo() -> Image.Image:  # 20251130_151233.jpg (a seagull on a railing above the river)
    img = _gradient((360, 240), (170, 200, 230), (120, 160, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 360, 240], fill=(70, 110, 150))  # water
    d.rectangle([0, 170, 360, 178], fill=(60, 60, 60))  # railing
    for x in range(10, 360, 40):
        d.rectangle([x, 178, x + 5, 240], fill=(60, 60, 60))
    d.ellipse([150, 110, 230, 165], fill=(245, 245, 245))  # body
    d.ellipse([205, 90, 240, 125], fill=(245, 245, 245))  # head
    d.polygon([(160, 125), (120, 145), (190, 150)], fill=(150, 155, 165))  # wing
    d.polygon([(238, 105), (256, 110), (238, 114)], fill=(240, 190, 30))  # beak
    d.ellipse([222, 100, 228, 106], fill=(10, 10, 10))
    d.line([180, 160, 178, 172], fill=(230, 170, 60), width=3)  # legs
    d.line([200, 160, 202, 172], fill=(230, 170, 60), width=3)
    return _photo_finish(img, 917)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "PTT-20251210-WA0003.opus": [
        ("en-gb+m3", "Morning, it's Gareth the plumber. I can come Wednesday between eight and ten. "
                     "Please turn the water off at the stopcock before I get there. The call-out is eighty-five pounds."),
    ],
    "Voice 012.m4a": [
        ("en-us+m2", "Hey team, coach Dana here. Thursday practice is cancelled, the field is frozen. "
                     "We'll train Saturday at ten in the indoor hall instead, so bring indoor shoes."),
    ],
    "AUD-20251208-WA0021.mp3": [
        ("de+m3", "Guten Abend, hier ist Herr Brandt von nebenan. Ich habe Ihr Paket angenommen, "
                  "es liegt bei mir im zweiten Stock. Ich bin bis zwanzig Uhr zu Hause."),
    ],
    "Nouvel enregistrement 7.ogg": [
        ("fr-fr+f2", "Bonjour, c'est la maîtresse de Léa. Vendredi, nous allons au musée des sciences. "
                     "Prévoyez un pique-nique et cinq euros, s'il vous plaît."),
    ],
    "nota_de_voz_3.aac": [
        ("es+f3", "Hola, soy Marisa, la dueña del piso. El lunes viene el técnico de la caldera entre las nueve "
                  "y las once. Deja la llave al portero, por favor."),
    ],
    "registrazione_07.flac": [
        ("it+m3", "Buonasera, sono Franco dell'officina. La macchina è pronta, abbiamo cambiato le pastiglie "
                  "dei freni. Sono duecentoquaranta euro. Chiudiamo alle sette."),
    ],
    "spraakmemo_12.wav": [
        ("nl+f3", "Hoi lieverd, met oma. Vrijdag eten we om zes uur bij restaurant De Molen. "
                  "Neem je je nieuwe vriend ook mee?"),
    ],
    "audio_2025-12-07_21-14.webm": [
        ("pt-br+m3", "Oi, é o Rafael. A reunião de segunda passou para terça às duas da tarde, na sala três."),
        ("pt-br+f2", "E não esquece de trazer o relatório impresso."),
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
                 *CODEC[ext], str(target)],
                check=True,
            )
            out.append(target)
    return out




def make_images() -> list[Path]:
    out = []
    for name, fn in {"Screenshot_20251209-081544.png": flight_screenshot}.items():
        fn().save(HERE / name, optimize=True)
        out.append(HERE / name)
    jpegs = {
        # photographed text
        "IMG_7731.jpg": pub_receipt,
        "IMG_20251207_101812.jpg": fridge_note_nl,
        "PXL_20251206_163015.jpg": shop_door_fr,
        "IMG_7740.jpg": biscuit_label_de,
        # photos without text
        "IMG_7732.jpg": cat_photo,
        "PXL_20251206_120344.jpg": coffee_photo,
        "DSC_0459.JPG": rocket_photo,
        # the Lisbon album for search (two of its seven photos show text: a café board and a street sign)
        f"{ALBUM}/20251129_103512.jpg": tram_photo,
        f"{ALBUM}/20251129_111047.jpg": pasteis_photo,
        f"{ALBUM}/20251129_112230.jpg": cafe_menu_photo,
        f"{ALBUM}/20251129_174402.jpg": bridge_sunset_photo,
        f"{ALBUM}/20251130_095821.jpg": azulejo_photo,
        f"{ALBUM}/20251130_102940.jpg": street_sign_photo,
        f"{ALBUM}/20251130_151233.jpg": seagull_photo,
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
