"""Regenerate the fixtures of the twenty-first held-out routing set (bench/routing_heldout21/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout21/make_fixtures.py

Needs Pillow, numpy and scikit-image (only its bundled samples ``astronaut``, ``rocket``, ``coins`` and
``motorcycle``: no download), plus ``espeak-ng`` and ``ffmpeg`` on PATH. No model is used. The output is
deterministic (seeded noise, bitexact ffmpeg), so a rerun reproduces every file byte for byte.

Theme: spring and Easter 2027 (the recordings and documents are dated March / April 2027). Eleven
voice recordings, fourteen images of text (screenshots, scans, photographed notices, a handwritten note, a
chalkboard), eight photos (four drawn, four scikit-image samples) and a five-photo Lake Garda album
``garda_pasqua_2027/`` (one of them a ferry timetable board).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
    MONO,
    MONO_BOLD,
    SANS,
    SERIF,
    SERIF_BOLD,
    draw_lines,
    font,
    gradient,
    photo_finish,
    photographed,
    report,
    save_images,
    skimage_photo,
    synthesize,
    tint,
)

OUT = HERE
ALBUM = "garda_pasqua_2027"
MAX_BYTES = 300_000

# --------------------------------------------------------------------------- audio

SPEECH: dict[str, list[tuple[str, str]]] = {
    "Call@Greenway Garden Centre(01632960481)_20270311104522.m4a": [
        ("en-gb-x-gbcwmd", "Hello, this is Priya calling from Greenway Garden Centre about your hedging order."),
        ("en-gb", "Oh hi, yes, thanks for calling."),
        ("en-gb-x-gbcwmd", "Your forty bare root hawthorn plants and the three bags of peat free compost are in. "
                           "We can deliver on Saturday the twentieth of March, between ten and two."),
        ("en-gb", "Saturday's fine. Do I pay the rest then?"),
        ("en-gb-x-gbcwmd", "Yes, the balance is sixty three pounds fifty, payable on delivery. Your order "
                           "reference is G C, four four seven one. And please get them in the ground within a "
                           "week, and soak the roots in a bucket for an hour before planting."),
        ("en-gb", "Perfect. See you Saturday then."),
    ],
    "AUD-20270318-WA0007.opus": [
        ("en-us", "Hey, it's Coach Dana from the Riverside Little League, quick update for the Tigers. Our "
                  "first practice of the season is this Saturday, March twenty seventh, at ten a.m. at "
                  "Riverside Park, but it's field three, not field one. Bring a glove, a water bottle and "
                  "sunscreen. Uniforms are thirty five dollars, cash please, in an envelope with your kid's "
                  "name on it. And picture day is Saturday, April tenth. See you out there!"),
    ],
    "Sprachmemo 004.m4a": [
        ("de", "Hallo ihr Lieben, hier ist Opa. Also, Ostern seid ihr bei uns in Bamberg. Am Samstagabend um "
               "acht ist das Osterfeuer am Sportplatz. Am Sonntag um elf machen wir die Ostereiersuche im "
               "Garten, bringt bitte Gummistiefel für die Kinder mit, der Rasen ist noch nass. Oma macht "
               "Lammbraten. Euer Zug kommt um vierzehn Uhr zwölf an, ich hole euch am Bahnhof ab. Bis bald!"),
    ],
    "Nouvel enregistrement 8.m4a": [
        ("fr-fr", "Bonjour, c'est Sébastien, de l'auto-école Lavande. Votre leçon de conduite de mardi est "
                  "déplacée au mercredi vingt-quatre mars, à quatorze heures. Rendez-vous devant la mairie. "
                  "N'oubliez pas votre pièce d'identité et vos lunettes. Et bonne nouvelle : votre examen de "
                  "conduite est fixé au lundi douze avril, à huit heures trente. Bonne journée !"),
    ],
    "Nueva grabación 23.m4a": [
        ("es", "Hola guapa, soy Carmen. Para Semana Santa en Sevilla, la procesión que queremos ver es la del "
               "jueves por la noche. Quedamos a las ocho en el café de la calle Sierpes, el de la esquina. "
               "Traed zapatos cómodos, que se anda mucho. Ya he reservado las sillas, son cuarenta euros por "
               "persona. Y mi abuela va a hacer torrijas. ¡Un beso!"),
    ],
    "Opname (3).m4a": [
        ("nl", "Goedemiddag, met Ruud van fietsenmaker De Spaak. Uw elektrische fiets is klaar. We hebben er "
               "een nieuwe ketting en nieuwe remblokken op gezet. Het komt op zevenentachtig euro vijftig. U "
               "kunt hem vrijdag ophalen, tot zes uur. Zaterdag zijn we gesloten. Tot ziens."),
    ],
    "audio_2027-03-15_19-02-33.ogg": [
        ("pt", "Bom dia, fala a Inês, da Clínica Dentária Ribeira. A sua consulta foi passada para "
               "terça-feira, seis de abril, às três e meia da tarde. Traga as radiografias, por favor. Não é "
               "preciso vir em jejum. Pedimos que chegue dez minutos antes. Obrigada, até breve."),
    ],
    "Registrazione vocale 007.m4a": [
        ("it", "Ciao, sono Marco, dell'agriturismo Il Poggio, vicino a Spoleto. Per Pasqua, il check-in è "
               "sabato dalle quattro del pomeriggio. Il lunedì di Pasquetta facciamo la grigliata a "
               "mezzogiorno, sotto il pergolato. C'è un sentiero che porta al lago, circa quaranta minuti a "
               "piedi. Il cane è il benvenuto. Vi chiedo una caparra di trenta euro con un bonifico. A presto!"),
    ],
    "VMS_20270316_170512.mp3": [
        ("en-us-nyc", "Hi, this message is for Laura Bennett. This is Gloria from Maple Street Pharmacy. Your "
                      "refill of loratadine is ready for pickup. Your insurance copay is twelve dollars. Please "
                      "pick it up by Friday, or it goes back on the shelf. We're open nine to seven on "
                      "weekdays, and ten to four on Sundays. Thanks, bye now."),
    ],
    "R09_0031.WAV": [
        ("en-gb-x-rp", "Note to self, egg hunt on Sunday. Get twenty four plastic eggs, mini chocolate eggs, ten "
                       "clue cards, three baskets, bunny ears and cress seeds. Order hot cross buns. Hide the "
                       "clues by the shed. Start at half past ten."),
    ],
    "rec_20270319_0812.webm": [
        ("en-gb-scotland", "Hiya, it's Moira from plot twelve. Just so you know, the water butt's full again, "
                           "so no need to bring water. The code for the shed padlock is two eight one four. "
                           "Could you sow the broad beans in bed four this weekend? The seed potatoes are "
                           "chitting on my windowsill, I'll bring them up next week. And the committee's doing "
                           "the plot inspections on Saturday the third of April. Cheers, bye."),
    ],
}

# --------------------------------------------------------------------------- small drawing helpers

INK = (28, 40, 120)  # blue ballpoint


def rng(seed: int) -> random.Random:
    return random.Random(seed)


def ellipse(d: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float, **kw) -> None:
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), **kw)


def text_w(f, s: str) -> int:
    return int(f.getlength(s))


def centre(d: ImageDraw.ImageDraw, y: int, s: str, f, w: int, fill="black", x0: int = 0) -> None:
    d.text((x0 + (w - text_w(f, s)) // 2, y), s, font=f, fill=fill)


def clouds(d: ImageDraw.ImageDraw, r: random.Random, w: int, ymax: int, n: int = 4) -> None:
    for _ in range(n):
        cx, cy = r.randint(40, w - 40), r.randint(30, ymax)
        for _ in range(6):
            ellipse(d, cx + r.randint(-50, 50), cy + r.randint(-10, 10), r.randint(25, 45), r.randint(14, 22),
                    fill=(248, 248, 250))


def grass_blades(d: ImageDraw.ImageDraw, r: random.Random, box, n: int, colours) -> None:
    x0, y0, x1, y1 = box
    for _ in range(n):
        x, y = r.randint(x0, x1), r.randint(y0, y1)
        d.line((x, y, x + r.randint(-4, 4), y - r.randint(5, 14)), fill=r.choice(colours), width=1)


# --------------------------------------------------------------------------- photos (drawn)


def lambs_meadow() -> Image.Image:
    """Two lambs in a green meadow with daffodils in front, a hedge and a blue sky."""
    w, h = 960, 720
    r = rng(2101)
    img = gradient((w, h), (120, 170, 225), (200, 225, 245))
    d = ImageDraw.Draw(img)
    clouds(d, r, w, 160, 4)
    # distant hills and hedge
    d.polygon([(0, 300), (200, 250), (450, 285), (700, 240), (960, 280), (960, 360), (0, 360)], fill=(120, 160, 90))
    for x in range(-20, w + 20, 28):
        ellipse(d, x, 330, 30, 22, fill=(60, 100, 50))
    # meadow
    grass = gradient((w, h - 340), (110, 170, 70), (70, 135, 45))
    img.paste(grass, (0, 340))
    d = ImageDraw.Draw(img)
    grass_blades(d, r, (0, 360, w, h), 2500, [(60, 120, 40), (130, 190, 80), (90, 150, 55)])
    # a wooden fence post line
    for x in range(40, w, 140):
        d.rectangle((x, 340, x + 10, 400), fill=(120, 90, 60))
    d.line((0, 355, w, 350), fill=(140, 105, 70), width=5)
    d.line((0, 380, w, 376), fill=(140, 105, 70), width=5)

    def lamb(cx: int, cy: int, s: float, facing: int) -> None:
        # legs
        for dx in (-45, -20, 20, 45):
            d.rectangle((cx + dx * s - 5 * s, cy + 25 * s, cx + dx * s + 5 * s, cy + 75 * s), fill=(40, 35, 35))
        # woolly body
        for _ in range(40):
            ellipse(d, cx + r.uniform(-60, 60) * s, cy + r.uniform(-25, 25) * s, 22 * s, 20 * s,
                    fill=(r.randint(232, 246), r.randint(228, 240), r.randint(215, 228)))
        # head
        hx = cx + facing * 75 * s
        ellipse(d, hx, cy - 20 * s, 22 * s, 27 * s, fill=(45, 40, 40))
        ellipse(d, hx - facing * 20 * s, cy - 38 * s, 14 * s, 6 * s, fill=(55, 45, 45))  # ear
        ellipse(d, hx + facing * 6 * s, cy - 28 * s, 3 * s, 3 * s, fill=(230, 230, 220))  # eye shine
        for _ in range(8):  # wool on top of the head
            ellipse(d, hx + r.uniform(-12, 12) * s, cy - 45 * s, 9 * s, 8 * s, fill=(238, 234, 222))

    lamb(330, 470, 1.0, -1)
    lamb(640, 500, 1.15, 1)
    # daffodils in the foreground
    for _ in range(22):
        x, y = r.randint(20, w - 20), r.randint(610, 700)
        d.line((x, y + 40, x + r.randint(-6, 6), y), fill=(50, 120, 40), width=3)
        for k in range(6):
            a = k * math.pi / 3
            ellipse(d, x + 11 * math.cos(a), y + 11 * math.sin(a), 9, 9, fill=(250, 225, 60))
        ellipse(d, x, y, 7, 7, fill=(245, 150, 30))
    return photo_finish(img, 2101, noise=5.0, blur=0.9)


def easter_eggs() -> Image.Image:
    """A wicker basket of dyed and painted eggs on green paper grass, on a wooden table."""
    w, h = 900, 700
    r = rng(2102)
    img = Image.new("RGB", (w, h), (160, 110, 70))
    d = ImageDraw.Draw(img)
    for y in range(0, h, 6):  # wood grain
        c = 150 + int(15 * math.sin(y / 23.0)) + r.randint(-6, 6)
        d.line((0, y, w, y + r.randint(-3, 3)), fill=(c, int(c * 0.7), int(c * 0.45)), width=4)
    # a wall at the back
    d.rectangle((0, 0, w, 170), fill=(236, 228, 210))
    d.line((0, 170, w, 170), fill=(120, 85, 55), width=4)
    # basket body
    ellipse(d, 450, 560, 300, 70, fill=(150, 105, 55))
    d.rectangle((150, 430, 750, 560), fill=(170, 120, 65))
    for x in range(150, 751, 22):
        d.line((x, 430, x, 560), fill=(130, 90, 45), width=3)
    for y in range(440, 560, 16):
        d.line((150, y, 750, y), fill=(195, 145, 85), width=5)
    # handle
    d.arc((190, 150, 710, 720), 190, 350, fill=(140, 95, 50), width=18)
    # paper grass
    grass_blades(d, r, (170, 400, 730, 440), 700, [(120, 200, 80), (90, 170, 60), (150, 220, 100)])
    eggs = [(260, 395, (215, 45, 50)), (355, 380, (60, 110, 210)), (450, 372, (245, 205, 40)),
            (545, 382, (80, 170, 80)), (640, 398, (150, 70, 170)), (310, 425, (240, 130, 40)),
            (500, 420, (235, 120, 170)), (600, 428, (70, 180, 200))]
    for i, (x, y, col) in enumerate(eggs):
        ellipse(d, x, y, 42, 55, fill=col, outline=tuple(int(c * 0.7) for c in col), width=2)
        style = i % 4
        if style == 0:  # white stripes
            d.line((x - 40, y - 10, x + 40, y - 10), fill=(250, 250, 245), width=5)
            d.line((x - 40, y + 12, x + 40, y + 12), fill=(250, 250, 245), width=5)
        elif style == 1:  # dots
            for _ in range(9):
                ellipse(d, x + r.randint(-26, 26), y + r.randint(-38, 38), 4, 4, fill=(255, 255, 255))
        elif style == 2:  # zigzag
            pts = [(x - 38 + k * 10, y + (8 if k % 2 else -8)) for k in range(9)]
            d.line(pts, fill=(200, 40, 40), width=4)
        ellipse(d, x - 14, y - 24, 9, 14, fill=tuple(min(255, c + 60) for c in col))  # highlight
    return photo_finish(img, 2102, noise=5.5, blur=1.0)


def tulip_field() -> Image.Image:
    """Stripes of red, yellow and pink tulips running to a Dutch windmill under a pale sky."""
    w, h = 1000, 700
    r = rng(2103)
    img = gradient((w, h), (110, 160, 220), (215, 230, 245))
    d = ImageDraw.Draw(img)
    clouds(d, r, w, 150, 3)
    horizon = 330
    d.rectangle((0, horizon - 8, w, horizon + 4), fill=(70, 110, 60))  # tree line
    for x in range(0, w, 18):
        ellipse(d, x, horizon - 12, 14, 12, fill=(55, 95, 50))
    # windmill
    mx, my = 720, horizon
    d.polygon([(mx - 35, my), (mx + 35, my), (mx + 20, my - 150), (mx - 20, my - 150)], fill=(95, 60, 40))
    d.polygon([(mx - 26, my - 150), (mx + 26, my - 150), (mx, my - 185)], fill=(50, 50, 55))
    d.rectangle((mx - 8, my - 40, mx + 8, my), fill=(40, 30, 25))
    hub = (mx, my - 158)
    for k in range(4):
        a = math.radians(25 + 90 * k)
        ex, ey = hub[0] + 120 * math.cos(a), hub[1] + 120 * math.sin(a)
        px, py = -math.sin(a) * 14, math.cos(a) * 14
        d.line((hub, (ex, ey)), fill=(60, 45, 35), width=5)
        sx, sy = hub[0] + 30 * math.cos(a), hub[1] + 30 * math.sin(a)
        d.polygon([(sx, sy), (ex, ey), (ex + px, ey + py), (sx + px, sy + py)], fill=(235, 232, 220),
                  outline=(80, 70, 60))
    ellipse(d, hub[0], hub[1], 7, 7, fill=(30, 30, 30))
    # the field: converging stripes
    colours = [(220, 30, 40), (250, 210, 40), (240, 110, 160), (220, 30, 40), (250, 210, 40), (240, 110, 160),
               (235, 90, 30)]
    vx = w // 2
    n = 14
    for i in range(n):
        xa0, xa1 = -600 + i * (2200 / n), -600 + (i + 1) * (2200 / n)
        col = colours[i % len(colours)] if i % 2 == 0 else (70, 120, 50)
        d.polygon([(vx + (xa0 - vx) * 0.02, horizon + 4), (vx + (xa1 - vx) * 0.02, horizon + 4), (xa1, h), (xa0, h)],
                  fill=col)
    # blooms in the front rows
    for i in range(0, n, 2):
        col = colours[i % len(colours)]
        for _ in range(60):
            t = r.uniform(0.45, 1.0)
            y = horizon + 4 + t * (h - horizon - 4)
            xa0, xa1 = -600 + i * (2200 / n), -600 + (i + 1) * (2200 / n)
            xl, xr = vx + (xa0 - vx) * (0.02 + 0.98 * t), vx + (xa1 - vx) * (0.02 + 0.98 * t)
            x = r.uniform(xl, xr)
            s = 3 + 9 * t
            d.line((x, y, x, y + 2.2 * s), fill=(50, 110, 40), width=max(1, int(s / 4)))
            ellipse(d, x, y, s * 0.8, s, fill=tuple(max(0, c - r.randint(0, 30)) for c in col))
    return photo_finish(img, 2103, noise=5.0, blur=0.8)


def blossom_park() -> Image.Image:
    """A cherry tree in full pink blossom over a park path, with a wooden bench on the lawn."""
    w, h = 900, 1100  # portrait, as phones shoot
    r = rng(2104)
    img = gradient((w, h), (120, 175, 235), (200, 225, 245))
    d = ImageDraw.Draw(img)
    lawn_top = 720
    d.rectangle((0, lawn_top, w, h), fill=(100, 160, 70))
    grass_blades(d, r, (0, lawn_top + 10, w, h), 2500, [(80, 140, 55), (125, 180, 85)])
    # path
    d.polygon([(330, h), (620, h), (520, lawn_top), (470, lawn_top)], fill=(205, 190, 165))
    # distant trees
    for x in range(0, w, 70):
        ellipse(d, x, lawn_top - 20, 50, 40, fill=(70, 115, 60))
    # trunk and branches
    d.polygon([(250, lawn_top + 40), (300, lawn_top + 40), (290, 430), (262, 430)], fill=(85, 55, 40))
    for (x0, y0, x1, y1, wd) in [(276, 460, 140, 300, 16), (276, 450, 420, 280, 16), (276, 430, 290, 230, 14),
                                 (200, 380, 90, 360, 9), (360, 360, 500, 380, 9)]:
        d.line((x0, y0, x1, y1), fill=(85, 55, 40), width=wd)
    # blossom canopy
    for _ in range(900):
        a = r.uniform(0, 2 * math.pi)
        rr = math.sqrt(r.random())
        x, y = 280 + 260 * rr * math.cos(a), 300 + 170 * rr * math.sin(a)
        ellipse(d, x, y, r.randint(6, 13), r.randint(6, 12),
                fill=(r.randint(235, 252), r.randint(160, 200), r.randint(190, 215)))
    for _ in range(120):  # petals on the grass
        x, y = r.randint(60, 560), r.randint(lawn_top + 20, lawn_top + 200)
        ellipse(d, x, y, 3, 2, fill=(245, 190, 210))
    # bench
    bx, by = 560, 800
    for k in range(3):
        d.rectangle((bx, by + k * 16, bx + 260, by + k * 16 + 10), fill=(140, 95, 55))
    for k in range(2):
        d.rectangle((bx, by + 60 + k * 14, bx + 260, by + 70 + k * 14), fill=(150, 102, 60))
    for lx in (bx + 15, bx + 235):
        d.rectangle((lx, by, lx + 10, by + 140), fill=(50, 50, 50))
    return photo_finish(img, 2104, noise=5.0, blur=0.9)


# --------------------------------------------------------------------------- the Lake Garda album


def sailing_boat() -> Image.Image:
    w, h = 1000, 667
    r = rng(2111)
    img = gradient((w, h), (90, 150, 220), (190, 215, 240))
    d = ImageDraw.Draw(img)
    clouds(d, r, w, 110, 3)
    # mountains with snow caps
    peaks = [(0, 300), (120, 170), (250, 260), (380, 130), (520, 250), (650, 150), (800, 240), (920, 180), (1000, 230)]
    d.polygon(peaks + [(1000, 380), (0, 380)], fill=(95, 115, 110))
    for (x, y) in peaks[1:-1]:
        if y < 200:
            d.polygon([(x, y), (x - 38, y + 40), (x + 38, y + 40)], fill=(240, 243, 247))
    d.polygon([(0, 340), (300, 300), (600, 330), (1000, 300), (1000, 390), (0, 390)], fill=(70, 110, 70))
    # village on the shore
    for k in range(18):
        x = 520 + k * 22
        hh = r.randint(18, 34)
        d.rectangle((x, 385 - hh, x + 18, 385), fill=r.choice([(235, 200, 150), (230, 170, 120), (245, 225, 190)]))
        d.polygon([(x - 2, 385 - hh), (x + 20, 385 - hh), (x + 9, 378 - hh)], fill=(170, 80, 50))
    # lake
    lake = gradient((w, h - 385), (60, 120, 170), (30, 85, 140))
    img.paste(lake, (0, 385))
    d = ImageDraw.Draw(img)
    for _ in range(300):
        x, y = r.randint(0, w), r.randint(390, h)
        d.line((x, y, x + r.randint(8, 30), y), fill=(120, 170, 210), width=1)
    # sailing boat
    bx, by = 360, 520
    d.polygon([(bx - 90, by), (bx + 100, by), (bx + 75, by + 30), (bx - 70, by + 30)], fill=(245, 245, 245),
              outline=(60, 60, 70))
    d.line((bx, by, bx, by - 230), fill=(80, 80, 80), width=4)
    d.polygon([(bx + 4, by - 225), (bx + 4, by - 12), (bx + 110, by - 12)], fill=(250, 250, 248), outline=(150, 150, 150))
    d.polygon([(bx - 4, by - 190), (bx - 4, by - 15), (bx - 80, by - 15)], fill=(240, 240, 236), outline=(150, 150, 150))
    d.line((bx - 70, by + 34, bx + 75, by + 34), fill=(200, 220, 235), width=3)  # reflection
    return photo_finish(img, 2111, noise=4.5, blur=0.8)


def ferry_board() -> Image.Image:
    """A ferry timetable board on the pier at Malcesine, photographed at a slight angle."""
    bw, bh = 820, 560
    board = Image.new("RGB", (bw, bh), (245, 246, 240))
    d = ImageDraw.Draw(board)
    d.rectangle((0, 0, bw, 86), fill=(20, 60, 130))
    centre(d, 10, "NAVIGAZIONE LAGO DI GARDA", font(BOLD, 34), bw, fill="white")
    centre(d, 52, "Malcesine  ·  Orario / Timetable 27.03 – 11.04.2027", font(SANS, 20), bw, fill=(220, 230, 250))
    fh, fr_ = font(BOLD, 21), font(MONO, 21)
    d.text((30, 104), "Malcesine → Limone sul Garda", font=fh, fill=(20, 60, 130))
    draw_lines(board, (30, 138), ["08:35   10:10   11:45   14:20   16:05   17:40"], fr_)
    d.text((30, 184), "Limone sul Garda → Malcesine", font=fh, fill=(20, 60, 130))
    draw_lines(board, (30, 218), ["09:05   10:40   12:15   14:50   16:35   18:10"], fr_)
    d.text((30, 264), "Malcesine → Riva del Garda (aliscafo / hydrofoil)", font=fh, fill=(20, 60, 130))
    draw_lines(board, (30, 298), ["09:50   13:25   17:15"], fr_)
    d.line((30, 345, bw - 30, 345), fill=(160, 160, 160), width=2)
    fs = font(SANS, 19)
    draw_lines(board, (30, 360), [
        "Biglietto corsa semplice / Single ticket: Limone 6,80 €  ·  Riva 9,40 €",
        "Biciclette / Bikes: 4,20 €   ·   Cani / Dogs: gratis",
        "Lunedì di Pasquetta 29.03: servizio festivo / holiday service",
        "Biglietteria apre 15 minuti prima della partenza",
        "Ticket office opens 15 minutes before departure",
    ], fs, fill=(30, 30, 30), gap=9)
    d.rectangle((0, 0, bw - 1, bh - 1), outline=(120, 120, 125), width=6)
    # scene: lake and sky behind a post
    w, h = 1000, 750
    img = gradient((w, h), (120, 170, 225), (70, 120, 170))
    d2 = ImageDraw.Draw(img)
    d2.rectangle((0, 520, w, h), fill=(150, 140, 125))  # pier planks
    for y in range(525, h, 22):
        d2.line((0, y, w, y), fill=(120, 110, 95), width=3)
    d2.rectangle((470, 560, 530, h), fill=(90, 90, 95))  # post
    tilted = board.rotate(-2.5, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", board.size, 255).rotate(-2.5, resample=Image.BICUBIC, expand=True, fillcolor=0)
    img.paste(tilted, (80, 60), mask)
    return photo_finish(img, 2112, noise=4.0, blur=0.6)


def lemon_tree() -> Image.Image:
    w, h = 800, 1000
    r = rng(2113)
    img = Image.new("RGB", (w, h), (225, 180, 110))  # ochre wall
    d = ImageDraw.Draw(img)
    for _ in range(400):  # plaster texture
        x, y = r.randint(0, w), r.randint(0, 760)
        c = r.randint(200, 235)
        ellipse(d, x, y, r.randint(4, 14), r.randint(3, 8), fill=(c, int(c * 0.8), int(c * 0.5)))
    d.rectangle((0, 760, w, h), fill=(170, 160, 150))  # stone floor
    for x in range(0, w, 90):
        d.line((x, 760, x - 40, h), fill=(140, 130, 120), width=2)
    # terracotta pot
    d.polygon([(270, 720), (530, 720), (495, 930), (305, 930)], fill=(190, 95, 55))
    d.rectangle((255, 700, 545, 735), fill=(200, 105, 60))
    # trunk
    d.line((400, 710, 395, 470), fill=(100, 75, 50), width=16)
    d.line((397, 560, 320, 430), fill=(100, 75, 50), width=9)
    d.line((397, 540, 480, 420), fill=(100, 75, 50), width=9)
    # leaves
    for _ in range(700):
        a = r.uniform(0, 2 * math.pi)
        rr = math.sqrt(r.random())
        x, y = 400 + 230 * rr * math.cos(a), 330 + 200 * rr * math.sin(a)
        ang = r.uniform(0, math.pi)
        lx, ly = 12 * math.cos(ang), 12 * math.sin(ang)
        d.line((x - lx, y - ly, x + lx, y + ly), fill=(r.randint(30, 60), r.randint(95, 140), r.randint(30, 55)),
               width=7)
    # lemons
    for _ in range(16):
        a = r.uniform(0, 2 * math.pi)
        rr = 0.3 + 0.65 * math.sqrt(r.random())
        x, y = 400 + 210 * rr * math.cos(a), 340 + 180 * rr * math.sin(a)
        ellipse(d, x, y, 19, 25, fill=(250, 220, 40), outline=(200, 170, 30))
        ellipse(d, x - 6, y - 8, 5, 7, fill=(255, 245, 150))
    return photo_finish(img, 2113, noise=5.0, blur=0.9)


def gelato_cup() -> Image.Image:
    w, h = 900, 700
    r = rng(2114)
    img = gradient((w, h), (150, 175, 190), (110, 130, 140))  # blurred street behind
    d = ImageDraw.Draw(img)
    for _ in range(14):
        x, y = r.randint(0, w), r.randint(0, 300)
        ellipse(d, x, y, r.randint(30, 70), r.randint(30, 70),
                fill=r.choice([(200, 180, 150), (230, 210, 170), (120, 140, 120), (240, 240, 230)]))
    img = img.filter(ImageFilter.GaussianBlur(14))
    d = ImageDraw.Draw(img)
    # café table (round, white marble)
    ellipse(d, 450, 600, 520, 200, fill=(238, 236, 230))
    # paper cup
    d.polygon([(330, 430), (570, 430), (530, 620), (370, 620)], fill=(250, 250, 250), outline=(200, 200, 200))
    d.rectangle((330, 470, 570, 505), fill=(40, 110, 70))  # green band
    for k in range(8):
        d.line((340 + k * 30, 470, 340 + k * 30, 505), fill=(230, 60, 60), width=6)
    # two scoops: pistachio and strawberry
    for (cx, col) in ((395, (170, 200, 110)), (505, (240, 150, 170))):
        ellipse(d, cx, 405, 80, 62, fill=col)
        for _ in range(40):
            ellipse(d, cx + r.randint(-70, 70), 430 + r.randint(-10, 10), r.randint(6, 12), r.randint(5, 9), fill=col)
        ellipse(d, cx - 25, 380, 18, 10, fill=tuple(min(255, c + 35) for c in col))
    # a wafer fan stuck in the pistachio scoop
    d.polygon([(350, 370), (300, 270), (330, 258), (372, 362)], fill=(225, 180, 110), outline=(180, 135, 75))
    for k in range(4):
        d.line((318 + k * 6, 300 + k * 15, 340 + k * 6, 292 + k * 15), fill=(190, 145, 85), width=2)
    # a little paddle spoon pushed into the strawberry scoop, its handle sticking out
    d.line((520, 370, 585, 285), fill=(230, 80, 140), width=9)
    ellipse(d, 587, 283, 6, 6, fill=(230, 80, 140))
    return photo_finish(img, 2114, noise=4.5, blur=0.7)


def bell_tower_sunset() -> Image.Image:
    w, h = 1000, 667
    r = rng(2115)
    img = gradient((w, h), (70, 60, 130), (250, 150, 70))
    d = ImageDraw.Draw(img)
    ellipse(d, 700, 470, 46, 46, fill=(255, 215, 120))  # low sun
    for _ in range(5):  # thin clouds
        y = r.randint(120, 380)
        x = r.randint(0, w - 300)
        d.line((x, y, x + r.randint(150, 350), y + r.randint(-6, 6)), fill=(240, 150, 140), width=r.randint(3, 7))
    sil = (45, 30, 40)
    # rooftops
    x = 0
    while x < w:
        hh = r.randint(60, 130)
        d.rectangle((x, h - hh, x + 70, h), fill=sil)
        d.polygon([(x - 5, h - hh), (x + 75, h - hh), (x + 35, h - hh - 25)], fill=sil)
        x += 70
    # the bell tower
    tx = 360
    d.rectangle((tx, 170, tx + 90, h), fill=sil)
    d.rectangle((tx - 8, 160, tx + 98, 175), fill=sil)
    d.polygon([(tx - 6, 160), (tx + 96, 160), (tx + 45, 70)], fill=sil)
    for k in range(2):  # belfry arches show the sky through
        ax = tx + 12 + k * 40
        d.rectangle((ax, 195, ax + 26, 250), fill=(240, 140, 80))
        ellipse(d, ax + 13, 195, 13, 13, fill=(240, 140, 80))
    ellipse(d, tx + 45, 300, 20, 20, outline=(200, 170, 120), width=3)  # clock face
    d.line((tx + 45, 100, tx + 45, 40), fill=sil, width=3)  # cross
    d.line((tx + 32, 58, tx + 58, 58), fill=sil, width=3)
    return photo_finish(img, 2115, noise=5.0, blur=0.8)


# --------------------------------------------------------------------------- screenshots


def ferry_booking_iphone() -> Image.Image:
    """An iPhone screenshot of a ferry app's booking confirmation."""
    w, h = 590, 1278
    img = Image.new("RGB", (w, h), (244, 246, 250))
    d = ImageDraw.Draw(img)
    d.text((36, 22), "9:41", font=font(BOLD, 22), fill="black")
    d.text((w - 100, 22), "5G  87%", font=font(SANS, 18), fill="black")
    d.rectangle((0, 70, w, 170), fill=(0, 105, 140))
    d.text((30, 88), "Solent Isle Ferries", font=font(BOLD, 30), fill="white")
    d.text((30, 130), "My bookings", font=font(SANS, 20), fill=(200, 235, 245))
    d.rounded_rectangle((24, 200, w - 24, 1180), radius=22, fill="white", outline=(220, 224, 230))
    d.text((50, 225), "✔ Booking confirmed", font=font(BOLD, 26), fill=(20, 140, 70))
    fl, fv = font(SANS, 19), font(BOLD, 23)
    y = 285
    rows = [("Outbound", "Portsmouth → Fishbourne"), ("Date", "Fri 26 Mar 2027"),
            ("Depart / arrive", "17:30 / 18:15"), ("Check-in closes", "17:00"),
            ("Return", "Mon 29 Mar 2027, 16:00"), ("", "Fishbourne → Portsmouth"),
            ("Vehicle", "Car (up to 5 m)  WX21 KLM"), ("Passengers", "2 adults, 2 children"),
            ("Booking ref", "FJ82KQ"), ("Total paid", "£148.60")]
    for label, val in rows:
        if label:
            d.text((50, y), label, font=fl, fill=(110, 115, 125))
            y += 26
        d.text((50, y), val, font=fv, fill=(20, 25, 35))
        y += 50
    d.rounded_rectangle((50, y + 10, w - 50, y + 70), radius=14, fill=(0, 105, 140))
    centre(d, y + 26, "Show boarding QR code", font(BOLD, 22), w, fill="white")
    d.text((50, y + 100), "Please arrive at the port before check-in closes.", font=font(SANS, 16),
           fill=(110, 115, 125))
    d.rounded_rectangle((w // 2 - 70, h - 20, w // 2 + 70, h - 12), radius=4, fill="black")
    return img


def car_hire_android() -> Image.Image:
    """An Android screenshot of a Spanish car-hire voucher in an email app."""
    w, h = 720, 1480
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 48), fill=(240, 240, 240))
    d.text((24, 12), "22:15", font=font(SANS, 20), fill=(40, 40, 40))
    d.text((w - 120, 12), "4G ▮ 64%", font=font(SANS, 18), fill=(40, 40, 40))
    d.text((24, 70), "←", font=font(BOLD, 30), fill=(60, 60, 60))
    d.text((24, 130), "Su bono de reserva – ACS-55821", font=font(BOLD, 28), fill=(20, 20, 20))
    d.text((24, 180), "Autos Costa Sol <reservas@autoscostasol.example>", font=font(SANS, 18), fill=(100, 100, 100))
    d.rectangle((24, 230, w - 24, 300), fill=(255, 140, 0))
    d.text((44, 246), "AUTOS COSTA SOL", font=font(BOLD, 32), fill="white")
    fl, fv = font(BOLD, 21), font(SANS, 21)
    y = 330
    rows = [("Localizador:", "ACS-55821"), ("Conductor:", "Daniel Whitmore"),
            ("Recogida:", "viernes 2 de abril de 2027, 10:00"), ("", "Aeropuerto de Málaga, T3, planta 0"),
            ("Devolución:", "viernes 9 de abril de 2027, 10:00"), ("", "mismo lugar"),
            ("Vehículo:", "Seat Ibiza o similar, manual, 5 puertas"), ("Combustible:", "lleno / lleno"),
            ("Fianza:", "300 € (bloqueada en la tarjeta de crédito)"), ("Total pagado:", "186,40 €")]
    for label, val in rows:
        if label:
            d.text((24, y), label, font=fl, fill=(30, 30, 30))
            y += 30
        d.text((24, y), val, font=fv, fill=(30, 30, 30))
        y += 44
    d.line((24, y, w - 24, y), fill=(220, 220, 220), width=2)
    draw_lines(img, (24, y + 20), [
        "Política de combustible lleno/lleno: recoja el coche con",
        "el depósito lleno y devuélvalo lleno. Si no, se cobrará el",
        "combustible más 25 € de gestión.",
        "",
        "Traiga el permiso de conducir y una tarjeta de crédito a",
        "nombre del conductor principal.",
    ], font(SANS, 19), fill=(60, 60, 60), gap=10)
    d.rectangle((0, h - 60, w, h), fill=(245, 245, 245))
    return img


def vide_grenier_mac() -> Image.Image:
    """A macOS (French) screenshot of a town-hall web page about an Easter Monday flea market."""
    w, h = 1280, 820
    img = Image.new("RGB", (w, h), (236, 236, 236))
    d = ImageDraw.Draw(img)
    for k, c in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
        ellipse(d, 22 + k * 22, 20, 7, 7, fill=c)
    d.rounded_rectangle((300, 8, 980, 34), radius=8, fill="white")
    d.text((320, 11), "saint-aubin-sur-loire.fr/actualites/vide-grenier-paques-2027", font=font(SANS, 16),
           fill=(80, 80, 80))
    d.rectangle((0, 44, w, h), fill="white")
    d.rectangle((0, 44, w, 130), fill=(30, 70, 120))
    d.text((60, 62), "Mairie de Saint-Aubin-sur-Loire", font=font(SERIF_BOLD, 36), fill="white")
    d.text((860, 78), "Accueil   Actualités   Démarches   Contact", font=font(SANS, 17), fill=(210, 225, 240))
    d.text((60, 160), "Actualités  ›  Animations", font=font(SANS, 16), fill=(120, 120, 120))
    d.text((60, 195), "Vide-grenier du lundi de Pâques", font=font(SERIF_BOLD, 40), fill=(30, 30, 30))
    fb, fr_ = font(BOLD, 21), font(SANS, 21)
    y = 270
    for label, val in [("Quand :", "lundi 29 mars 2027, de 7 h à 18 h"),
                       ("Où :", "place du Marché et rue des Écoles"),
                       ("Emplacement :", "3 € le mètre (2 mètres minimum)"),
                       ("Inscriptions :", "en mairie ou en ligne jusqu'au samedi 20 mars 2027"),
                       ("Installation :", "des exposants dès 6 h")]:
        d.text((60, y), label, font=fb, fill=(30, 70, 120))
        d.text((60 + text_w(fb, label) + 12, y), val, font=fr_, fill=(30, 30, 30))
        y += 42
    draw_lines(img, (60, y + 14), [
        "Une pièce d'identité est obligatoire pour tous les exposants (registre de police).",
        "Buvette et crêpes tenues par l'association des parents d'élèves, au profit de l'école.",
        "Chasse aux œufs pour les enfants à 11 h au jardin public (gratuit, jusqu'à 10 ans).",
    ], font(SANS, 19), fill=(50, 50, 50), gap=14)
    d.rectangle((900, 160, 1220, 520), fill=(245, 240, 225), outline=(220, 210, 190))
    d.text((925, 180), "Infos pratiques", font=font(BOLD, 20), fill=(30, 70, 120))
    draw_lines(img, (925, 220), ["Mairie : 02 41 55 60 18", "Lun-ven 9 h-12 h 30", "Parking gratuit", "stade municipal"],
               font(SANS, 17), fill=(60, 60, 60), gap=12)
    return img


def race_email_mac() -> Image.Image:
    """A macOS Mail window with a half-marathon race-pack email."""
    w, h = 1200, 780
    img = Image.new("RGB", (w, h), (246, 246, 246))
    d = ImageDraw.Draw(img)
    for k, c in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
        ellipse(d, 22 + k * 22, 20, 7, 7, fill=c)
    d.rectangle((0, 40, 300, h), fill=(232, 232, 236))
    draw_lines(img, (20, 60), ["Inbox", "Flagged", "Drafts", "Sent", "Junk"], font(SANS, 17), fill=(60, 60, 70), gap=14)
    d.rectangle((300, 40, w, h), fill="white")
    d.text((330, 60), "Your race pack: Riverside Half Marathon", font=font(BOLD, 26), fill=(20, 20, 20))
    d.text((330, 100), "From: Riverside Half Marathon <info@riversidehalf.example>", font=font(SANS, 16),
           fill=(100, 100, 100))
    d.text((330, 122), "To: Tom Adeyemi      18 March 2027 at 20:58", font=font(SANS, 16), fill=(100, 100, 100))
    d.line((330, 150, w - 30, 150), fill=(225, 225, 225), width=2)
    y = draw_lines(img, (330, 172), ["Hi Tom,", "", "You're in! Here are your details for Sunday 18 April 2027:"],
                   font(SANS, 19), fill=(30, 30, 30), gap=8)
    fb = font(BOLD, 20)
    for label, val in [("Bib number:", "2471"), ("Start wave:", "C (starts 9:20)"),
                       ("Bag drop:", "Jubilee Park, opens 7:45, closes 8:45"),
                       ("Course closes:", "12:30"),
                       ("Race Expo:", "Sat 17 April, 10:00-18:00, Riverside Hall (collect bib + timing chip)")]:
        d.text((350, y + 8), "•  " + label, font=fb, fill=(30, 30, 30))
        d.text((350 + text_w(fb, "•  " + label) + 10, y + 8), val, font=font(SANS, 20), fill=(30, 30, 30))
        y += 38
    draw_lines(img, (330, y + 24), [
        "Water stations at miles 3, 6, 9 and 12; energy gels at miles 6 and 10.",
        "No headphones in the first mile, please.",
        "",
        "Good luck with the last weeks of training!",
        "The Riverside Half team",
    ], font(SANS, 19), fill=(30, 30, 30), gap=8)
    return img


# --------------------------------------------------------------------------- documents (scanned or photographed)


def paper(w: int, h: int, colour=(252, 251, 246)) -> Image.Image:
    return Image.new("RGB", (w, h), colour)


def school_letter() -> Image.Image:
    """A scanned primary-school letter about the Easter holidays, with a faint tea ring (Office Lens)."""
    w, h = 850, 1100
    img = paper(w, h, (250, 250, 248))
    d = ImageDraw.Draw(img)
    ellipse(d, 110, 95, 48, 48, outline=(30, 90, 60), width=5)
    d.text((92, 72), "HP", font=font(SERIF_BOLD, 32), fill=(30, 90, 60))
    d.text((180, 60), "Hollybank Primary School", font=font(SERIF_BOLD, 36), fill=(30, 90, 60))
    d.text((180, 106), "Elm Road, Ashby  ·  01632 960 215  ·  office@hollybank.example", font=font(SERIF, 17),
           fill=(60, 60, 60))
    d.line((60, 150, w - 60, 150), fill=(30, 90, 60), width=3)
    fs = font(SERIF, 20)
    y = draw_lines(img, (70, 175), ["17 March 2027", "", "Dear Parents and Carers,", ""], fs, gap=8)
    sections = [
        ("Easter holidays", ["School closes at 1.30pm on Friday 26 March 2027 and reopens",
                             "on Monday 12 April 2027."]),
        ("Easter Bonnet Parade", ["Thursday 25 March at 2.15pm in the playground. Families are",
                                  "very welcome. Prizes for the most creative bonnet in each year group."]),
        ("Non-uniform day", ["Friday 26 March: £1 donation for the Children's Hospice."]),
        ("Easter egg raffle", ["Tickets 50p each from the office, drawn in Friday's assembly."]),
    ]
    for title, lines in sections:
        d.text((70, y), title, font=font(SERIF_BOLD, 21), fill="black")
        y = draw_lines(img, (70, y + 30), lines, fs, gap=8) + 14
    y = draw_lines(img, (70, y + 10), ["Thank you for your support this term.", "", "Yours sincerely,", ""], fs, gap=8)
    d.text((70, y), "K. Oduya", font=font(HAND, 30), fill=(20, 20, 60))
    draw_lines(img, (70, y + 44), ["Mrs K. Oduya", "Headteacher"], fs, gap=6)
    # faint tea ring
    ring = Image.new("L", (w, h), 0)
    ImageDraw.Draw(ring).ellipse((540, 760, 760, 980), outline=90, width=10)
    ring = ring.filter(ImageFilter.GaussianBlur(4))
    img = Image.composite(Image.new("RGB", (w, h), (170, 130, 90)), img, ring)
    return photo_finish(img, 2121, noise=3.0, blur=0.5)


def dental_card() -> Image.Image:
    """A dental appointment card with a handwritten date and time, photographed on a kitchen table."""
    w, h = 720, 430
    card = paper(w, h, (250, 252, 255))
    d = ImageDraw.Draw(card)
    d.rectangle((0, 0, w, 80), fill=(0, 140, 150))
    d.text((28, 14), "Harbourside Dental Practice", font=font(BOLD, 30), fill="white")
    d.text((28, 52), "14 Quay Street  ·  Tel 01632 960 733", font=font(SANS, 17), fill=(220, 245, 245))
    d.text((28, 98), "Your next appointment", font=font(BOLD, 22), fill=(0, 110, 120))
    fl = font(SANS, 20)
    for i, (label, val) in enumerate([("Name", "Mr T. Adeyemi"), ("Day / Date", "Thursday 1 April 2027"),
                                      ("Time", "10:40 am"), ("With", "Hygienist (Sam)")]):
        y = 150 + i * 52
        d.text((28, y), label + ":", font=fl, fill=(40, 40, 40))
        d.line((170, y + 28, w - 40, y + 28), fill=(150, 150, 150), width=1)
        d.text((180, y - 6), val, font=font(HAND, 28), fill=INK)
    draw_lines(card, (28, 362), ["Please give 24 hours' notice to cancel or change,",
                                 "otherwise a £25 fee may be charged."], font(SANS, 16), fill=(80, 80, 80), gap=4)
    return photographed(card, 2122, angle=4.0, bg=(180, 150, 110), pad=60)


def garden_receipt() -> Image.Image:
    """A garden-centre till receipt, photographed on a car seat."""
    w, h = 420, 860
    rc = paper(w, h, (250, 250, 246))
    d = ImageDraw.Draw(rc)
    fm, fb = font(MONO, 17), font(MONO_BOLD, 19)
    centre(d, 20, "GREENWAY", font(MONO_BOLD, 30), w)
    centre(d, 56, "GARDEN CENTRE", fb, w)
    centre(d, 84, "Mill Lane, Ashby  01632 960481", fm, w)
    centre(d, 106, "VAT No 294 1187 36", fm, w)
    lines = [
        "13/03/2027 11:20   Till 2",
        "Served by: Priya",
        "--------------------------------",
        "SEED POTATOES CHARLOTTE 2KG  4.99",
        "MULTI-PURPOSE COMPOST 50L",
        "  2 @ 5.50                 11.00",
        "TERRACOTTA POT 30CM         8.50",
        "HOSE REEL + 15M HOSE       22.99",
        "SWEET PEA SEEDS             2.49",
        "--------------------------------",
    ]
    y = draw_lines(rc, (22, 150), lines, fm, gap=8)
    d.text((22, y + 6), "TOTAL", font=fb, fill="black")
    d.text((w - 22 - text_w(fb, "£49.97"), y + 6), "£49.97", font=fb, fill="black")
    y = draw_lines(rc, (22, y + 44), [
        "CARD (CONTACTLESS)         49.97",
        "",
        "Compost 2 for £11",
        "  You saved £1.00 today!",
        "--------------------------------",
        "Refunds within 30 days with",
        "this receipt. Hardy plants are",
        "guaranteed for 1 year.",
        "",
        "   Happy gardening this spring!",
    ], fm, gap=8)
    rc = rc.crop((0, 0, w, y + 30))
    return photographed(rc, 2123, angle=-3.0, bg=(60, 62, 70), pad=70)


def plant_note() -> Image.Image:
    """A handwritten note on a yellow lined pad from a neighbour away at Easter."""
    w, h = 760, 980
    pad = paper(w, h, (252, 243, 170))
    d = ImageDraw.Draw(pad)
    d.rectangle((0, 0, w, 50), fill=(200, 60, 60))
    for y in range(110, h, 44):
        d.line((0, y, w, y), fill=(150, 180, 210), width=2)
    d.line((80, 50, 80, h), fill=(230, 120, 120), width=2)
    fh = font(HAND, 34)
    lines = [
        "Hi! Thanks so much for plant-sitting :)",
        "- Tomato seedlings (kitchen windowsill):",
        "   water every morning, just a little",
        "- Orchid: 3 ice cubes on Sundays, nothing else!",
        "- Basil: only when the soil is dry",
        "- Post -> blue box by the door",
        "- Bins out Wed night",
        "   (green one = garden waste)",
        "- Back Tues 30th, late",
        "",
        "Key back under the mat. Judith x",
    ]
    y = 68
    for line in lines:
        d.text((96, y), line, font=fh, fill=INK)
        y += 44
    return photographed(pad, 2124, angle=-2.0, bg=(200, 200, 195), pad=50)


def egg_trail_poster() -> Image.Image:
    """An Easter egg trail poster pinned to a wooden noticeboard at a farm park."""
    w, h = 700, 990
    p = paper(w, h, (255, 250, 225))
    d = ImageDraw.Draw(p)
    d.rectangle((0, 0, w, 170), fill=(110, 170, 60))
    centre(d, 20, "THORNFIELD FARM PARK", font(BOLD, 36), w, fill="white")
    centre(d, 70, "Great Easter", font(SERIF_BOLD, 48), w, fill=(255, 240, 120))
    centre(d, 122, "Egg Trail", font(SERIF_BOLD, 40), w, fill=(255, 240, 120))
    centre(d, 200, "Sat 27 – Mon 29 March 2027", font(BOLD, 30), w, fill=(170, 60, 110))
    centre(d, 245, "10am – 3pm  ·  last entry 2pm", font(SANS, 26), w, fill=(60, 60, 60))
    for k, col in enumerate([(240, 80, 90), (80, 140, 230), (250, 200, 40), (170, 90, 200), (70, 180, 120)]):
        ellipse(d, 150 + k * 100, 340, 30, 40, fill=col)
    draw_lines(p, (60, 410), [
        "Find the 8 golden eggs hidden",
        "around the farm and win a",
        "chocolate prize!",
    ], font(BOLD, 30), fill=(40, 40, 40), gap=10)
    draw_lines(p, (60, 545), [
        "•  Meet the spring lambs",
        "•  Tractor rides",
        "•  Face painting",
    ], font(SANS, 26), fill=(40, 40, 40), gap=12)
    d.rectangle((50, 690, w - 50, 800), fill=(255, 230, 150))
    centre(d, 705, "Trail £4 per child", font(BOLD, 32), w, fill=(40, 40, 40))
    centre(d, 750, "Adults free with a park ticket", font(SANS, 24), w, fill=(40, 40, 40))
    centre(d, 850, "Wellies recommended!", font(HAND_BOLD, 34), w, fill=(110, 170, 60))
    centre(d, 920, "thornfieldfarmpark.example", font(SANS, 18), w, fill=(90, 90, 90))
    # a wooden board behind it
    W, H = 900, 1150
    board = Image.new("RGB", (W, H), (130, 90, 55))
    bd = ImageDraw.Draw(board)
    r = rng(2125)
    for x in range(0, W, 8):
        c = 120 + r.randint(-12, 12)
        bd.line((x, 0, x + r.randint(-4, 4), H), fill=(c, int(c * 0.72), int(c * 0.45)), width=6)
    for x in range(0, W, 150):
        bd.line((x, 0, x, H), fill=(80, 55, 35), width=3)
    board.paste(p.rotate(1.5, resample=Image.BICUBIC, expand=True, fillcolor=(130, 90, 55)), (95, 70))
    for (px, py) in ((115, 90), (W - 120, 95), (120, H - 95), (W - 115, H - 90)):
        ellipse(bd, px, py, 9, 9, fill=(200, 30, 30))
    return photo_finish(board, 2125, noise=5.0, blur=0.7)


def stairwell_notice_de() -> Image.Image:
    """A German notice from the building management taped to a stairwell wall."""
    w, h = 800, 1130
    p = paper(w, h, (251, 251, 249))
    d = ImageDraw.Draw(p)
    d.text((60, 50), "Hausverwaltung Brenner GmbH", font=font(BOLD, 28), fill=(20, 20, 20))
    d.text((60, 88), "Königstraße 40 · 90402 Nürnberg", font=font(SANS, 17), fill=(80, 80, 80))
    centre(d, 150, "AUSHANG", font(BOLD, 44), w)
    centre(d, 210, "Renovierung des Treppenhauses – Bergstraße 21", font(BOLD, 24), w)
    fs = font(SANS, 21)
    y = draw_lines(p, (60, 280), [
        "Sehr geehrte Mieterinnen und Mieter,",
        "",
        "von Dienstag, 30.03.2027, bis Donnerstag, 01.04.2027,",
        "wird das Treppenhaus gestrichen (jeweils 7:30 – 16:00 Uhr).",
        "",
        "Bitte stellen Sie in dieser Zeit keine Schuhe,",
        "Kinderwagen oder Pflanzen in den Flur.",
        "Fahrräder bitte in den Keller bringen.",
        "",
        "Der Aufzug ist am 31.03.2027 außer Betrieb.",
    ], fs, gap=10)
    d.text((60, y + 10), "Frische Farbe – bitte das Geländer nicht berühren!", font=font(BOLD, 22), fill=(180, 20, 20))
    draw_lines(p, (60, y + 70), [
        "Bei Fragen: Herr Kowalczyk, Tel. 0911 4478 210",
        "",
        "Vielen Dank für Ihr Verständnis.",
        "Ihre Hausverwaltung",
    ], fs, gap=10)
    # taped to a pale green wall
    W, H = 1000, 1330
    wall = gradient((W, H), (200, 215, 195), (180, 195, 175))
    wall.paste(p, (100, 100))
    wd = ImageDraw.Draw(wall)
    for (x, y) in ((110, 90), (W - 210, 92), (108, 100 + h - 14), (W - 205, 100 + h - 12)):
        wd.rectangle((x, y, x + 100, y + 26), fill=(235, 232, 210))
    wall = wall.rotate(-1.8, resample=Image.BICUBIC, fillcolor=(185, 200, 180))
    return photo_finish(wall.resize((750, 998), Image.LANCZOS), 2126, noise=5.0, blur=0.6)


def easter_menu_chalkboard() -> Image.Image:
    """A trattoria's Easter menu chalked on a blackboard easel outside the door."""
    w, h = 760, 1000
    r = rng(2127)
    img = gradient((w, h), (120, 110, 100), (90, 80, 72))  # stone wall behind
    d = ImageDraw.Draw(img)
    d.rectangle((60, 40, w - 60, h - 60), fill=(120, 85, 50))  # wooden frame
    d.rectangle((85, 65, w - 85, h - 85), fill=(38, 44, 42))  # the board
    for _ in range(1500):  # chalk dust
        x, y = r.randint(90, w - 90), r.randint(70, h - 90)
        d.point((x, y), fill=(70, 76, 74))
    chalk, yellow, pink = (238, 238, 230), (245, 225, 120), (240, 170, 190)
    centre(d, 95, "Trattoria da Nino", font(HAND_BOLD, 46), w, fill=yellow)
    centre(d, 160, "Menù di Pasqua", font(HAND_BOLD, 40), w, fill=pink)
    centre(d, 212, "Domenica 28 marzo", font(HAND, 30), w, fill=chalk)
    fh = font(HAND, 30)
    y = 290
    for label, dish in [("Antipasto", "uova ripiene e salumi"), ("Primo", "lasagne al ragù"),
                        ("Secondo", "agnello al forno con patate"), ("Dolce", "colomba con crema al mascarpone")]:
        d.text((120, y), label + ":", font=font(HAND_BOLD, 30), fill=yellow)
        d.text((140, y + 40), dish, font=fh, fill=chalk)
        y += 100
    centre(d, y + 20, "45 € a persona (bevande escluse)", font(HAND_BOLD, 32), w, fill=chalk)
    centre(d, y + 70, "Bambini 20 €", font(HAND, 30), w, fill=chalk)
    centre(d, y + 125, "Prenotazione entro il 25 marzo", font(HAND, 30), w, fill=pink)
    centre(d, y + 170, "Tel. 045 721 3380", font(HAND, 28), w, fill=chalk)
    return photo_finish(img.rotate(1.2, resample=Image.BICUBIC, fillcolor=(100, 90, 80)), 2127, noise=5.5, blur=0.7)


def parcel_card_nl() -> Image.Image:
    """A Dutch 'sorry we missed you' parcel card, photographed on a doormat."""
    w, h = 640, 900
    c = paper(w, h, (255, 255, 255))
    d = ImageDraw.Draw(c)
    d.rectangle((0, 0, w, 120), fill=(240, 120, 30))
    d.text((30, 24), "PakketDirect", font=font(BOLD, 40), fill="white")
    d.text((30, 76), "Sorry, we hebben u gemist!", font=font(BOLD, 24), fill="white")
    fs, fb = font(SANS, 21), font(BOLD, 21)
    y = 150
    for label, val in [("Datum / tijd:", "16-03-2027, 12:38"), ("Uw pakket ligt klaar bij:", "Primera Dorpsstraat"),
                       ("", "Dorpsstraat 12, Zeist"), ("Ophalen vanaf:", "woensdag 17 maart, na 15:00"),
                       ("Uiterlijk ophalen:", "dinsdag 30 maart"), ("Zendingnummer:", "3SPKD 4471 9920")]:
        if label:
            d.text((30, y), label, font=fb, fill=(40, 40, 40))
            y += 32
        d.text((30, y), val, font=font(HAND, 30) if label.startswith(("Uw", "Ophalen", "Uiterlijk")) or not label
               else fs, fill=INK if label.startswith(("Uw", "Ophalen", "Uiterlijk")) or not label else (40, 40, 40))
        y += 48
    d.line((30, y, w - 30, y), fill=(200, 200, 200), width=2)
    draw_lines(c, (30, y + 20), [
        "Neem deze kaart en een geldig legitimatiebewijs",
        "mee. Iemand anders laten ophalen? Vul de",
        "achterkant in en geef een kopie van uw ID mee.",
        "",
        "Niet opgehaald? Dan gaat het pakket terug",
        "naar de afzender.",
    ], font(SANS, 18), fill=(70, 70, 70), gap=8)
    # on a coir doormat
    W, H = 900, 1150
    r = rng(2128)
    mat = Image.new("RGB", (W, H), (150, 110, 60))
    md = ImageDraw.Draw(mat)
    for _ in range(9000):
        x, y = r.randint(0, W), r.randint(0, H)
        col = r.randint(110, 185)
        md.line((x, y, x + r.randint(-3, 3), y + r.randint(2, 6)), fill=(col, int(col * 0.75), int(col * 0.4)), width=1)
    mat.paste(c.rotate(-6, resample=Image.BICUBIC, expand=True, fillcolor=(150, 110, 60)), (90, 70))
    return photo_finish(mat, 2128, noise=5.0, blur=0.6)


def bakery_slip_pt() -> Image.Image:
    """A Portuguese bakery order slip (printed form, handwritten entries), photographed on a counter."""
    w, h = 560, 760
    s = paper(w, h, (253, 250, 240))
    d = ImageDraw.Draw(s)
    centre(d, 24, "Padaria Estrela", font(SERIF_BOLD, 38), w, fill=(140, 60, 30))
    centre(d, 72, "Rua de Cedofeita 212 · Porto · 222 035 417", font(SERIF, 16), w, fill=(80, 80, 80))
    d.line((30, 104, w - 30, 104), fill=(140, 60, 30), width=2)
    d.text((30, 120), "ENCOMENDA  N.º 0318", font=font(BOLD, 22), fill=(40, 40, 40))
    fh = font(HAND, 30)
    items = [("Nome:", "Sra. Teixeira"), ("Artigos:", "2 folares de Chaves (grandes)"), ("", "1 pão-de-ló"),
             ("Levantar:", "sábado 27/03, até às 13h"), ("Total:", "31,50 €"), ("Sinal pago:", "10,00 €"),
             ("Em falta:", "21,50 €")]
    y = 175
    for label, val in items:
        d.text((30, y + 6), label, font=font(SANS, 20), fill=(40, 40, 40))
        d.line((160, y + 34, w - 30, y + 34), fill=(170, 170, 170), width=1)
        d.text((168, y - 4), val, font=fh, fill=INK)
        y += 62
    centre(d, y + 30, "Obrigado e Boa Páscoa!", font(SERIF, 20), w, fill=(140, 60, 30))
    return photographed(s, 2129, angle=2.5, bg=(215, 205, 190), pad=60)


def pharmacy_label() -> Image.Image:
    """A US pharmacy label stuck on a white medicine box, photographed on a bathroom shelf."""
    w, h = 760, 420
    lab = paper(w, h, (255, 255, 255))
    d = ImageDraw.Draw(lab)
    d.text((20, 14), "MAPLE STREET PHARMACY", font=font(BOLD, 26), fill=(20, 20, 20))
    d.text((20, 48), "410 Maple St, Dayton OH 45402   (937) 555-0148", font=font(SANS, 16), fill=(50, 50, 50))
    d.line((20, 76, w - 20, 76), fill="black", width=2)
    d.text((20, 88), "Rx# 604418", font=font(BOLD, 22), fill="black")
    d.text((400, 88), "FILLED: 03/16/2027", font=font(SANS, 20), fill="black")
    d.text((20, 124), "LAURA BENNETT", font=font(BOLD, 24), fill="black")
    draw_lines(lab, (20, 166), ["TAKE 1 TABLET BY MOUTH ONCE DAILY", "AS NEEDED FOR SEASONAL ALLERGIES"],
               font(BOLD, 22), gap=8)
    d.text((20, 236), "LORATADINE 10 MG TABLET", font=font(SANS, 22), fill="black")
    d.text((20, 272), "QTY: 30      REFILLS: 2 before 03/16/2028", font=font(SANS, 20), fill="black")
    d.text((20, 306), "Dr. A. WHITFIELD", font=font(SANS, 20), fill="black")
    d.text((20, 346), "Do not take with other antihistamines.", font=font(SANS, 18), fill=(60, 60, 60))
    d.rectangle((0, 0, w - 1, h - 1), outline=(170, 170, 170), width=2)
    # a white box, with the label on it, on a tiled shelf
    W, H = 1000, 760
    scene = Image.new("RGB", (W, H), (205, 215, 220))
    sd = ImageDraw.Draw(scene)
    for x in range(0, W, 100):
        sd.line((x, 0, x, H), fill=(185, 195, 200), width=3)
    for y in range(0, H, 100):
        sd.line((0, y, W, y), fill=(185, 195, 200), width=3)
    sd.rectangle((70, 110, 930, 650), fill=(244, 244, 240), outline=(200, 200, 200), width=3)
    sd.rectangle((70, 110, 930, 150), fill=(60, 120, 190))
    scene.paste(lab, (120, 190))
    return photo_finish(scene.rotate(-2.0, resample=Image.BICUBIC, fillcolor=(205, 215, 220)), 2130, noise=4.5,
                        blur=0.6)


# --------------------------------------------------------------------------- scikit-image samples


def astronaut_photo() -> Image.Image:
    return photo_finish(skimage_photo("astronaut", size=(512, 512)), 2141, noise=2.0, blur=0.3)


def rocket_photo() -> Image.Image:
    return photo_finish(skimage_photo("rocket"), 2142, noise=2.0, blur=0.3)


def coins_scan() -> Image.Image:
    """The greyscale old-coins sample as a flatbed scan (slightly warm, enlarged)."""
    img = skimage_photo("coins", size=(768, 606))
    return tint(photo_finish(img, 2143, noise=2.0, blur=0.4), (1.04, 1.0, 0.93))


def motorbike_photo() -> Image.Image:
    return photo_finish(skimage_photo("motorcycle"), 2144, noise=2.0, blur=0.3)


IMAGES = {
    # photos
    "IMG_7798.jpeg": lambs_meadow,
    "IMG-20270328-WA0002.jpg": easter_eggs,
    "DSCN0934.JPG": tulip_field,
    "MVIMG_20270404_152210.jpg": blossom_park,
    "1000004213.jpg": astronaut_photo,
    "P3270081.JPG": rocket_photo,
    "img20270321_09152231.jpg": coins_scan,
    "IMG_7815.JPG": motorbike_photo,
    # text
    "IMG_7731.PNG": ferry_booking_iphone,
    "Office Lens 20270317-081422.jpg": school_letter,
    "PXL_20270312_154410123.jpg": dental_card,
    "IMG-20270313-WA0011.jpg": garden_receipt,
    "IMG_7760.JPG": plant_note,
    "DSC_0418.JPG": egg_trail_poster,
    "WhatsApp Image 2027-03-15 at 18.02.11.jpeg": stairwell_notice_de,
    "Capture d’écran 2027-03-14 à 10.22.31.png": vide_grenier_mac,
    "Screenshot_20270314-221530.png": car_hire_android,
    "IMG_20270320_201533.jpg": easter_menu_chalkboard,
    "signal-2027-03-16-124003.jpg": parcel_card_nl,
    "20270322_101533.jpg": bakery_slip_pt,
    "Screenshot 2027-03-18 at 21.04.55.png": race_email_mac,
    "IMG_7789.JPG": pharmacy_label,
    # the album
    f"{ALBUM}/DSC05231.JPG": sailing_boat,
    f"{ALBUM}/DSC05238.JPG": ferry_board,
    f"{ALBUM}/DSC05244.JPG": lemon_tree,
    f"{ALBUM}/DSC05251.JPG": gelato_cup,
    f"{ALBUM}/DSC05263.JPG": bell_tower_sunset,
}


def main() -> None:
    paths = synthesize(SPEECH, OUT, speed=150)
    paths += save_images(OUT, IMAGES, quality=82)
    report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
