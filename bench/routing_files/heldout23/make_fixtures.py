"""Generate the fixtures of the twenty-third held-out routing set (bench/routing_heldout23/).

Run from the repo root (or by absolute path):

    .venv/bin/python bench/routing_files/heldout23/make_fixtures.py

Needs Pillow, numpy, scikit-image (bundled samples only: brick, retina, moon), espeak-ng and ffmpeg; no
downloads, no model. Written on the shared helpers in ../fixture_kit.py. Deterministic: a rerun
reproduces every file byte for byte. Scenario: autumn 2027 (September-October): a new nursery and
Year 1, a flat renovation (plumber and electrician), a marathon, the Wiesn in Munich, a Burgundy grape
harvest, cider pressing, a vet visit, a car service and an October trip to Tuscany (the album).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
    MARKER,
    MONO,
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

MAX_BYTES = 300_000
ALBUM = "toscana_ottobre_2027"

# --------------------------------------------------------------------------- speech

SPEECH: dict[str, list[tuple[str, str]]] = {
    "AUD-20270914-WA0003.opus": [
        ("en-gb-x-gbclan", "Hiya Claire, it's Dave from Kettering Plumbing. Just confirming we start on Monday the "
         "twentieth of September at eight. The water will be off most of that first day. I'll put a skip on "
         "the drive on Monday morning, so move your car the night before."),
        ("en-gb-x-gbclan", "The old bath comes out on Tuesday. Can you pick your basin taps by Friday? The quote is "
         "two thousand three hundred and forty pounds including VAT, and I need a thirty per cent deposit, "
         "that's seven hundred and two pounds, by bank transfer before we start. Cheers."),
    ],
    "Voice 014.m4a": [
        ("en-gb-x-rp", "Right, so the consumer unit is the old type, it has to be replaced. We'll do that on "
         "Thursday the thirtieth of September. The power will be off from nine until about three."),
        ("en-gb", "Keep the fridge freezer shut and it'll be fine."),
        ("en-gb-x-rp", "In the kitchen we add four double sockets at sixty five pounds each, and we move the "
         "light switch by the door. All in, you're looking at roughly sixteen hundred pounds. You'll get the "
         "certificate by email within five days."),
    ],
    "GMT20271004-183005_Recording.m4a": [
        ("en-us", "Okay Claire, race plan for Sunday the tenth. The start is at nine, you are in wave B, so be in "
         "your pen by eight forty. Bag drop closes at eight fifteen, don't cut it fine."),
        ("en-us", "First ten kilometres at five forty per kilometre, no faster. Then settle at five thirty. Take "
         "a gel every forty minutes and water at every station. No new shoes on race day. After the finish, "
         "meet us at the family zone under the letter B."),
    ],
    "DR0000_0031.WAV": [
        ("en-gb-x-rp", "Welcome to Year One. P E is on Tuesdays and Fridays. Reading books are changed on "
         "Mondays. Please send a named water bottle every day."),
    ],
    "Schwanthalerstraße 2.m4a": [
        ("de", "Servus, hier ist Markus. Wiesn am Samstag, dem fünfundzwanzigsten September. Wir treffen uns um "
         "viertel nach elf am Osteingang. Unser Tisch im Sonnenwirt-Zelt ist von zwölf bis halb fünf reserviert."),
        ("de", "Pro Person sind zwei Maß und ein halbes Hendl dabei. Bring Bargeld und deinen Ausweis mit. Tracht "
         "ist kein Muss, aber gern gesehen. Und bitte nicht mit dem Auto, wir fahren mit der S-Bahn heim."),
    ],
    "Rue du Pressoir.m4a": [
        ("fr-fr", "Bonjour, c'est Bernard Morel, du domaine Morel. Les vendanges commencent le lundi vingt "
         "septembre. Rendez-vous à sept heures et demie devant la cuverie."),
        ("fr-fr", "Prenez des bottes et des gants, les sécateurs sont fournis. Le déjeuner est servi à midi au "
         "domaine. La paulée, la fête de fin des vendanges, aura lieu le samedi deux octobre au soir."),
    ],
    "Agriturismo Il Poggio(+390577123456)_20271007174210.mp3": [
        ("it", "Buonasera, sono Chiara dell'agriturismo Il Poggio. Il check-in di venerdì otto ottobre è dalle "
         "quindici alle diciannove. Gli ultimi due chilometri sono di strada bianca, andate piano."),
        ("it", "Se arrivate tardi, la chiave è nella cassetta accanto al cancello, il codice è quattro sette due "
         "uno. La cena di sabato alle venti con il menù al tartufo è prenotata. A Montepulciano c'è la ZTL, "
         "parcheggiate al P uno."),
    ],
    "audio_2027-09-16_19-03-27.ogg": [
        ("es", "Hola Claire, soy Marisol. Esta semana recojo a Finn del colegio el lunes y el miércoles a las "
         "tres y cuarto. El jueves lo llevo a natación a las cinco, pero Isla la recoges tú de la guardería."),
        ("es", "Necesito la contraseña de la guardería para poder recoger a Isla. Y te aviso: el viernes uno de "
         "octubre no vengo, tengo un examen."),
    ],
    "Gravação_20271006_2114.m4a": [
        ("pt", "Olá Claire, é a Joana. Já levantei os dois kits da corrida, tenho o teu dorsal. A festa da massa "
         "é no sábado às dezanove horas, no Harbour Hall."),
        ("pt", "No domingo encontramo-nos às oito em ponto na estação de comboios, à porta principal. Traz "
         "alfinetes. O meu objetivo é fazer três horas e cinquenta. Beijinhos!"),
    ],
    "Mijn opname 12.m4a": [
        ("nl", "Hoi Claire, met Joost. Je mag mijn appelpers en de fruitmolen lenen. Ik breng ze vrijdagavond "
         "één oktober langs."),
        ("nl", "Maak alles alleen met koud water schoon. Je perst ongeveer twintig liter per uur. Breng ze "
         "maandag terug, en een pot appelstroop is ook welkom."),
    ],
    "hollybrook_vets_voicemail.m4a": [
        ("en-gb-scotland", "Hello, this is Fiona from Hollybrook Vets, calling about Pepper. Her blood results are "
         "all normal, and the lump is a harmless fatty lump."),
        ("en-gb-scotland", "Please give the eye drops twice a day for seven days, and lead walks only for now. Her "
         "recheck is on Thursday the fourteenth of October at ten twenty. You can collect the drops from "
         "reception before six."),
    ],
    "271012_0815.MP3": [
        ("en-gb-x-gbcwmd", "Right, the service is done: oil, oil filter, air filter and pollen filter. Your front "
         "brake pads are down to three millimetres, so they want doing soon. That's a hundred and eighty "
         "pounds fitted."),
        ("en-gb-x-gbcwmd", "Rear left tyre had a screw in it, we repaired that free of charge. New wiper blades "
         "are on. The cambelt is due at sixty thousand miles. It'll be ready after five, and the total today "
         "is two hundred and eighty nine pounds fifty."),
    ],
    "voice-message.ogg": [
        ("en-029", "Hey cuz, it's Rhys. Pressing day at Pippin Farm is Saturday the second of October, we start "
         "at ten. Bring clean demijohns and airlocks."),
        ("en-029", "Windfalls are fine, but no rotten or bird pecked apples, and wash them first. We'll press "
         "about three hundred kilos. Hog roast at two. And wear wellies, it gets muddy."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def paper(size, bg=(250, 249, 244)):
    return Image.new("RGB", size, bg)


def text_doc(size, blocks, bg=(250, 249, 244), margin=28):
    """A document: blocks of (font name, size, colour, [lines], gap after)."""
    img = paper(size, bg)
    y = margin
    for name, sz, colour, lines, after in blocks:
        y = draw_lines(img, (margin, y), lines, font(name, sz), fill=colour, gap=5) + after
    return img


def scene(size, top, bottom):
    return gradient(size, top, bottom).convert("RGB")


def tree(d, x, y, r, seed, apples=True):
    rng = random.Random(seed)
    d.rectangle([x - 9, y, x + 9, y + r * 1.6], fill=(96, 66, 40))
    for _ in range(14):
        dx, dy = rng.randint(-r, r), rng.randint(-r, r // 2)
        rr = rng.randint(r // 2, r)
        d.ellipse([x + dx - rr, y + dy - rr, x + dx + rr, y + dy + rr], fill=(54 + rng.randint(0, 30), 112 + rng.randint(0, 30), 46))
    if apples:
        for _ in range(22):
            ax, ay = x + rng.randint(-r, r), y + rng.randint(-r, r // 2)
            d.ellipse([ax - 6, ay - 6, ax + 6, ay + 6], fill=(200, 30, 30))


def crate(d, x, y, w, h, fruit, seed, r=13):
    rng = random.Random(seed)
    for _ in range(90):
        fx, fy = x + 6 + rng.random() * (w - 12), y - r + rng.random() * (r * 1.2)
        c = fruit[rng.randrange(len(fruit))]
        d.ellipse([fx - r, fy - r, fx + r, fy + r], fill=c, outline=(60, 20, 20))
    d.rectangle([x, y, x + w, y + h], fill=(176, 128, 74), outline=(90, 60, 30), width=3)
    for k in range(1, 3):
        d.line([x, y + k * h // 3, x + w, y + k * h // 3], fill=(110, 76, 40), width=3)


# --------------------------------------------------------------------------- text images


def nursery_letter():
    doc = text_doc((620, 820), [
        (SERIF_BOLD, 28, (40, 90, 40), ["Little Acorns Nursery"], 2),
        (SERIF, 15, (60, 60, 60), ["12 Beech Grove, Fenwick  ·  01632 960 418"], 14),
        (SERIF, 16, "black", ["1 September 2027", "", "Dear parents of Isla Brennan,", "",
                              "Welcome to the Hedgehog Room! Isla's key person",
                              "is Megan Hale.", "",
                              "Settling-in week, Monday 6 - Friday 10 September:"], 6),
        (SERIF, 16, "black", ["  Monday      9:00 - 10:00  (with a parent)",
                              "  Tuesday     9:00 - 11:00",
                              "  Wednesday   9:00 - 12:30  (stays for lunch)",
                              "  Thu and Fri full sessions 8:00 - 18:00"], 10),
        (SERIF, 16, "black", ["Please bring: two sets of labelled spare clothes,",
                              "wellies, a comforter, nappies and wipes.", "",
                              "Collection: anyone collecting Isla must give",
                              "the family password. No password, no collection.", "",
                              "Fees are invoiced monthly; 30 funded hours apply.", "",
                              "With warm wishes,"], 4),
        (HAND, 24, (30, 30, 120), ["Jo Farrant"], 0),
        (SERIF, 15, "black", ["Nursery Manager"], 0),
    ])
    return tint(doc.convert("L").convert("RGB"), (1.0, 1.0, 0.97))


def school_list():
    doc = text_doc((520, 660), [
        (BOLD, 22, (20, 60, 120), ["St Aidan's Primary", "Year 1 - Willow Class"], 10),
        (SANS, 16, "black", ["PE: Tuesdays and Fridays (kit stays in school)",
                             "Reading book + record: every Monday",
                             "Library: Wednesdays",
                             "Named water bottle: every day", "",
                             "School photos: Tuesday 21 September",
                             "Harvest festival: Friday 8 October",
                             "  (please send a tin or packet)",
                             "Half term: 25 - 29 October"], 12),
        (HAND, 20, (150, 30, 30), ["Thank you! Mrs Okafor"], 0),
    ], bg=(255, 255, 250))
    img = scene((700, 860), (236, 236, 232), (214, 214, 210))
    img.paste(doc.rotate(-2, expand=True, fillcolor=(236, 236, 232)), (80, 90))
    d = ImageDraw.Draw(img)
    for x, c in ((140, (220, 40, 40)), (560, (40, 120, 220))):
        d.ellipse([x - 18, 78, x + 18, 114], fill=c)
    d.line([40, 0, 40, 860], fill=(190, 190, 186), width=6)
    return photo_finish(img, 3102, noise=4.0, blur=0.5)


def electrician_quote():
    img = text_doc((600, 760), [
        (BOLD, 26, (230, 160, 0), ["BRIGHTLINE ELECTRICAL"], 0),
        (SANS, 14, (80, 80, 80), ["NICEIC approved  ·  07700 900 318"], 16),
        (BOLD, 18, "black", ["QUOTE  BE-2291", "15 September 2027"], 8),
        (SANS, 16, "black", ["Customer: Claire Brennan", "Flat 3, 27 Carrow Street", ""], 4),
        (MONO, 15, "black", ["Consumer unit upgrade (18th ed.)   £620.00",
                             "4 x double sockets, kitchen        £260.00",
                             "Move light switch (kitchen door)    £85.00",
                             "Bathroom extractor fan wiring     £140.00",
                             "Electrical certificate (EIC)      £224.00",
                             "-----------------------------------------",
                             "Subtotal                         £1,329.00",
                             "VAT 20%                            £265.80",
                             "TOTAL                            £1,594.80"], 14),
        (SANS, 15, "black", ["Work date: Thursday 30 September 2027",
                             "Power off approx. 09:00 - 15:00",
                             "50% on completion, balance within 7 days."], 0),
    ], bg=(255, 255, 255))
    return img


def race_email():
    img = Image.new("RGB", (900, 700), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 900, 34], fill=(214, 214, 214))
    for i, c in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
        d.ellipse([14 + 22 * i, 11, 26 + 22 * i, 23], fill=c)
    d.text((360, 9), "Mail — Inbox", fill=(60, 60, 60), font=font(SANS, 14))
    d.rectangle([20, 50, 880, 680], fill="white")
    draw_lines(img, (40, 64), ["Riverside City Marathon <entries@riversidemarathon.example>",
                               "To: Claire Brennan    28 September 2027, 20:58"], font(SANS, 14), fill=(90, 90, 90))
    draw_lines(img, (40, 118), ["Your race confirmation - Sunday 10 October 2027"], font(BOLD, 20))
    draw_lines(img, (40, 160), [
        "Hi Claire, you're in! Here are your details:",
        "",
        "Bib number: 2318         Start wave: B (starts 9:12)",
        "Start pens close: 8:55   Bag drop closes: 8:15",
        "",
        "Race pack collection: Marathon Expo, Harbour Hall",
        "   Friday 8 October 12:00 - 20:00",
        "   Saturday 9 October 10:00 - 18:00",
        "   Bring photo ID and this email. No collection on race day.",
        "",
        "Finish: Harbour Square. Family reunion zone signed A-Z.",
        "Headphones are not allowed in the start pens.",
        "",
        "Good luck! The Riverside City Marathon team",
    ], font(SANS, 17))
    return img


def race_bib():
    bib = Image.new("RGB", (560, 400), "white")
    d = ImageDraw.Draw(bib)
    d.rectangle([0, 0, 560, 70], fill=(0, 110, 170))
    d.text((24, 18), "RIVERSIDE CITY MARATHON 2027", fill="white", font=font(BOLD, 26))
    d.text((80, 92), "2318", fill="black", font=font(BOLD, 150))
    d.text((30, 270), "CLAIRE", fill=(0, 110, 170), font=font(BOLD, 40))
    d.rectangle([380, 262, 530, 320], fill=(250, 200, 0))
    d.text((396, 272), "WAVE B", fill="black", font=font(BOLD, 30))
    d.line([0, 340, 560, 340], fill=(150, 150, 150), width=2)
    d.text((24, 352), "BAG TAG  2318  ·  tear here", fill=(90, 90, 90), font=font(SANS, 20))
    for x, y in ((14, 84), (546, 84), (14, 326), (546, 326)):
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=(200, 200, 200))
    img = photographed(bib, 3205, angle=3.0, bg=(150, 110, 75), pad=60)
    d = ImageDraw.Draw(img)
    for k in range(4):
        x, y = 60 + 30 * k, img.height - 40
        d.line([x, y, x + 26, y - 10], fill=(200, 200, 210), width=3)
    return img


def reservation():
    img = Image.new("RGB", (860, 640), (243, 243, 243))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 860, 40], fill=(32, 32, 32))
    d.text((16, 11), "Reservierungsbestätigung – Posteingang", fill="white", font=font(SANS, 15))
    d.rectangle([30, 60, 830, 620], fill="white")
    d.rectangle([30, 60, 830, 120], fill=(18, 70, 140))
    d.text((50, 76), "Sonnenwirt Festzelt · Oktoberfest 2027", fill="white", font=font(BOLD, 24))
    draw_lines(img, (50, 140), [
        "Reservierungsnummer: SW-25-0471",
        "Name: Markus Huber",
        "",
        "Datum: Samstag, 25.09.2027",
        "Schicht: Mittag, 12:00 – 16:30 Uhr",
        "Tisch: 47 (Mittelschiff), 10 Personen",
        "",
        "Pro Person: 2 Maß-Gutscheine + 1 Hendl-Gutschein",
        "Preis pro Person: 85,00 €",
        "",
        "Bitte bis spätestens 12:30 Uhr am Tisch sein,",
        "danach verfällt die Reservierung.",
        "Gutscheine gelten nur am Reservierungstag.",
    ], font(SANS, 19))
    return img


def price_board():
    board = Image.new("RGB", (640, 560), (34, 40, 36))
    d = ImageDraw.Draw(board)
    d.rectangle([8, 8, 632, 552], outline=(196, 160, 90), width=6)
    d.text((150, 22), "Preise Wiesn 2027", fill=(250, 220, 120), font=font(BOLD, 34))
    items = [("Maß Festbier", "15,20 €"), ("Radlermaß", "15,20 €"), ("Alkoholfreies Weißbier 0,5 l", "8,90 €"),
             ("Spezi 1 l", "11,50 €"), ("Tafelwasser 1 l", "10,80 €"), ("Brezn", "6,50 €"),
             ("Halbes Hendl", "16,90 €"), ("Schweinshaxe", "24,50 €"), ("Obatzda mit Brot", "9,80 €")]
    f = font(MARKER, 24)
    for i, (a, b) in enumerate(items):
        y = 94 + i * 48
        d.text((36, y), a, fill="white", font=f)
        d.text((470, y), b, fill=(250, 220, 120), font=f)
    img = scene((800, 700), (120, 84, 50), (92, 62, 36))
    dd = ImageDraw.Draw(img)
    for x in range(0, 800, 60):
        dd.line([x, 0, x, 700], fill=(80, 54, 30), width=3)
    img.paste(board, (80, 70))
    return photo_finish(img, 3307, noise=6.0, blur=0.7)


def fete_poster():
    p = Image.new("RGB", (560, 780), (120, 24, 52))
    d = ImageDraw.Draw(p)
    d.text((40, 30), "Fête des Vendanges", fill=(250, 220, 140), font=font(SERIF_BOLD, 44))
    d.text((40, 92), "Villers-la-Côte · samedi 2 octobre 2027", fill="white", font=font(SERIF, 22))
    for i, c in enumerate(((90, 30, 110), (110, 40, 130), (80, 20, 100))):
        for j in range(6):
            d.ellipse([440 + (j % 3) * 22 + i * 6, 150 + (j // 3) * 22 + i * 20, 464 + (j % 3) * 22 + i * 6, 174 + (j // 3) * 22 + i * 20], fill=c)
    draw_lines(p, (40, 160), [
        "10 h   Marché du terroir",
        "11 h   Foulage du raisin aux pieds",
        "         (place de la Mairie)",
        "12 h 30  Repas vigneron - 25 €",
        "15 h   Défilé des chars",
        "17 h   Dégustation - verre gravé 5 €",
        "20 h   Grand bal",
    ], font(SERIF, 24), fill="white", gap=12)
    d.text((40, 660), "Entrée libre · Comité des fêtes", fill=(250, 220, 140), font=font(SERIF, 22))
    img = scene((700, 900), (200, 196, 188), (170, 166, 160))
    img.paste(p.rotate(1.5, expand=True, fillcolor=(200, 196, 188)), (60, 40))
    return photo_finish(img, 3409, noise=6.0, blur=0.6)


def spanish_note():
    note = paper((520, 640), (255, 252, 215))
    d = ImageDraw.Draw(note)
    for y in range(70, 640, 34):
        d.line([0, y, 520, y], fill=(180, 200, 230), width=1)
    draw_lines(note, (26, 20), [
        "Lista para la semana",
        "Finn: mochila, agua, libro de lectura",
        "Isla: ropa de cambio, botas de agua",
        "Comprar: leche, plátanos, pañales,",
        "   pan de molde y manzanas",
        "Jueves: natación 17:00 (¡gorro!)",
        "Viernes 1/10: examen, no vengo",
        "   Besos, Marisol",
    ], font(HAND_BOLD, 25), fill=(30, 40, 110), gap=9)
    return photographed(note, 3511, angle=-4.0, bg=(210, 210, 214), pad=50)


def juice_receipt():
    r = paper((420, 640), (252, 252, 250))
    draw_lines(r, (20, 20), [
        "MOBIELE SAPPERIJ",
        "DE BOOMGAARD",
    ], font(MONO, 22))
    draw_lines(r, (20, 84), [
        "Bon 0871      03-10-2027",
        "------------------------------",
        "Appels aangeleverd   185 kg",
        "Persen 185 kg x 0,45  83,25",
        "Pasteuriseren         96 l",
        "Bag-in-box 5 l",
        "  19 x 2,10           39,90",
        "------------------------------",
        "TOTAAL EUR           123,15",
        "Betaald: PIN",
        "",
        "Sap: 95 liter",
        "Houdbaar: 1 jaar ongeopend,",
        "na openen 6 weken.",
        "Bedankt en tot volgend jaar!",
    ], font(MONO, 17))
    return photographed(r, 3613, angle=2.5, bg=(90, 110, 80), pad=40)


def vet_invoice():
    doc = text_doc((640, 760), [
        (BOLD, 26, (0, 120, 110), ["Hollybrook Veterinary Centre"], 2),
        (SANS, 14, (90, 90, 90), ["4 Mill Lane, Hollybrook  ·  01632 960 772"], 14),
        (BOLD, 18, "black", ["INVOICE  HV-30918      29/09/2027"], 8),
        (SANS, 16, "black", ["Client: Ms C Brennan",
                             "Patient: Pepper (Cocker Spaniel, 6 years, F)", ""], 4),
        (MONO, 15, "black", ["Consultation                       £48.00",
                             "Blood panel (in-house)             £89.50",
                             "Fine-needle aspirate (lump)        £42.00",
                             "Chloramphenicol eye drops          £14.90",
                             "-----------------------------------------",
                             "TOTAL (incl. VAT)                 £194.40",
                             "Paid: card"], 14),
        (SANS, 16, "black", ["Recheck: Thursday 14/10/2027 at 10:20",
                             "Eye drops: one drop twice daily for 7 days",
                             "Booster vaccination due: March 2028"], 0),
    ], bg=(255, 255, 255))
    return photographed(doc, 3715, angle=-1.5, bg=(120, 120, 128), pad=30)


def service_sheet():
    doc = text_doc((640, 820), [
        (BOLD, 26, "black", ["MARSH LANE MOTORS"], 2),
        (SANS, 14, (70, 70, 70), ["Servicing · MOT · Tyres   ·   01632 960 155"], 14),
        (MONO, 15, "black", ["Job 10-4471        12/10/2027",
                             "Vehicle: VW Golf 1.5 TSI   Reg: LK19 XRT",
                             "Mileage: 54,812", ""], 6),
        (BOLD, 17, "black", ["FULL SERVICE CHECKLIST"], 6),
        (MONO, 15, "black", ["[x] Engine oil + filter",
                             "[x] Air filter     [x] Pollen filter",
                             "[x] Wiper blades replaced",
                             "[!] Front brake pads 3 mm - ADVISORY",
                             "    (replace soon, quoted £180 fitted)",
                             "Tyres: FL 5 mm  FR 5 mm  RR 4 mm",
                             "       RL screw - repaired, no charge",
                             "Cambelt due at 60,000 miles", "",
                             "Next service: 64,800 miles or Oct 2028", "",
                             "TOTAL DUE              £289.50"], 0),
    ], bg=(253, 253, 253))
    return tint(doc.convert("L").convert("RGB"), (1.0, 1.0, 1.0))


def farm_sign():
    board = Image.new("RGB", (560, 520), (28, 30, 28))
    d = ImageDraw.Draw(board)
    d.rectangle([0, 0, 559, 519], outline=(120, 84, 44), width=18)
    draw_lines(board, (44, 40), [
        "PIPPIN FARM",
        "PRESSING DAY",
        "SAT 2 OCT  10am - dusk",
        "",
        "Bring your own apples:",
        "£1 per kilo pressed",
        "Bottles + bag-in-box for sale",
        "Hot cider & soup",
        "Dogs on leads please",
    ], font(MARKER, 30), fill=(240, 240, 232), gap=10)
    img = scene((760, 680), (150, 190, 230), (110, 150, 80))
    dd = ImageDraw.Draw(img)
    dd.rectangle([0, 470, 760, 680], fill=(92, 130, 60))
    dd.rectangle([140, 560, 156, 680], fill=(90, 60, 30))
    dd.rectangle([600, 560, 616, 680], fill=(90, 60, 30))
    img.paste(board, (100, 60))
    return photo_finish(img, 3817, noise=6.0, blur=0.6)


def welcome_card():
    card = paper((560, 600), (246, 240, 226))
    d = ImageDraw.Draw(card)
    d.rectangle([10, 10, 550, 590], outline=(120, 90, 50), width=3)
    draw_lines(card, (36, 30), ["Agriturismo Il Poggio", "Benvenuti!"], font(SERIF_BOLD, 30), fill=(90, 60, 30))
    draw_lines(card, (36, 130), [
        "Colazione: 8:00 - 10:00 in sala camino",
        "Wi-Fi: IlPoggio_Ospiti",
        "Password: cipresso2027",
        "Check-out entro le 10:30",
        "Cena su prenotazione",
        "   menù al tartufo 45 €",
        "Piscina chiusa da ottobre",
        "",
        "ZTL: non entrate in auto nel centro",
        "di Montepulciano - parcheggio P1",
    ], font(SERIF, 21), fill=(40, 30, 20), gap=8)
    return photographed(card, 3919, angle=1.8, bg=(150, 120, 90), pad=40)


# --------------------------------------------------------------------------- photos


def apple_crates():
    img = scene((800, 600), (160, 200, 235), (205, 220, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 330, 800, 600], fill=(98, 150, 62))
    tree(d, 560, 170, 120, 11)
    crate(d, 90, 430, 200, 110, [(200, 30, 30), (180, 40, 30), (210, 60, 40)], 12)
    crate(d, 330, 450, 200, 110, [(140, 190, 60), (160, 200, 70), (120, 170, 50)], 13)
    for i in range(9):
        x = 600 + i * 17
        d.ellipse([x, 540 + (i % 3) * 6, x + 14, 554 + (i % 3) * 6], fill=(190, 40, 30))
    return photo_finish(img, 4101)


def cider_press():
    img = scene((800, 600), (180, 170, 150), (140, 128, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 430, 800, 600], fill=(110, 100, 90))
    d.rectangle([250, 120, 280, 440], fill=(120, 80, 40))
    d.rectangle([520, 120, 550, 440], fill=(120, 80, 40))
    d.rectangle([240, 100, 560, 140], fill=(130, 86, 44))
    d.rectangle([392, 60, 408, 260], fill=(90, 90, 96))
    d.rectangle([330, 50, 470, 66], fill=(90, 90, 96))
    d.rectangle([320, 260, 480, 290], fill=(150, 104, 56))
    for k in range(4):
        d.rectangle([310, 290 + k * 30, 490, 318 + k * 30], fill=(226, 214, 180), outline=(170, 150, 110))
    d.rectangle([230, 410, 570, 440], fill=(150, 104, 56))
    d.polygon([(560, 425), (600, 440), (596, 450)], fill=(150, 104, 56))
    d.rectangle([590, 470, 680, 560], fill=(210, 210, 214), outline=(120, 120, 120), width=3)
    d.rectangle([594, 490, 676, 556], fill=(210, 150, 40))
    d.line([598, 448, 620, 490], fill=(220, 150, 40), width=6)
    crate(d, 40, 480, 160, 90, [(200, 40, 30), (150, 190, 60)], 14, r=11)
    return photo_finish(img, 4203)


def vineyard_aerial():
    img = Image.new("RGB", (800, 600), (150, 120, 80))
    d = ImageDraw.Draw(img)
    rng = random.Random(15)
    for i in range(-10, 30):
        x0 = i * 40
        col = [(196, 150, 40), (200, 110, 30), (120, 140, 50), (170, 60, 40)][rng.randrange(4)]
        d.polygon([(x0, 600), (x0 + 18, 600), (x0 + 318, 0), (x0 + 300, 0)], fill=col)
    d.rectangle([0, 0, 800, 60], fill=(120, 100, 70))
    d.rectangle([330, 280, 450, 330], fill=(40, 90, 160))
    d.rectangle([345, 290, 435, 320], fill=(70, 30, 80))
    d.rectangle([450, 290, 500, 325], fill=(200, 40, 30))
    for px, py in ((280, 400), (300, 430), (520, 200), (560, 160)):
        d.ellipse([px - 7, py - 7, px + 7, py + 7], fill=(240, 240, 240))
    return photo_finish(img, 4305)


def grapes_crate():
    img = scene((800, 600), (120, 100, 70), (90, 74, 52))
    d = ImageDraw.Draw(img)
    d.rectangle([140, 180, 660, 520], fill=(40, 40, 44))
    d.rectangle([160, 200, 640, 500], fill=(60, 60, 66))
    rng = random.Random(16)
    for b in range(9):
        cx, cy = 220 + (b % 3) * 150, 250 + (b // 3) * 90
        for _ in range(26):
            gx, gy = cx + rng.randint(-40, 40), cy + rng.randint(-20, 40) - abs(rng.randint(-40, 40)) // 3
            d.ellipse([gx - 11, gy - 11, gx + 11, gy + 11], fill=(70 + rng.randint(0, 30), 20, 90 + rng.randint(0, 30)), outline=(40, 10, 50))
    d.line([600, 120, 700, 60], fill=(200, 30, 30), width=14)
    d.line([610, 140, 720, 100], fill=(200, 30, 30), width=14)
    d.polygon([(560, 150), (600, 120), (610, 140)], fill=(180, 180, 190))
    return photo_finish(img, 4407)


def finish_line():
    img = scene((800, 600), (150, 190, 235), (220, 230, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 380, 800, 600], fill=(90, 90, 96))
    for x in range(0, 800, 90):
        d.rectangle([x, 200, x + 70, 380], fill=(190, 180, 170), outline=(150, 140, 130))
    d.rectangle([120, 110, 160, 420], fill=(0, 110, 170))
    d.rectangle([640, 110, 680, 420], fill=(0, 110, 170))
    d.rectangle([120, 100, 680, 170], fill=(0, 110, 170))
    d.text((300, 112), "FINISH", fill="white", font=font(BOLD, 44))
    rng = random.Random(17)
    for i in range(7):
        x, y = 200 + i * 60, 330 + (i % 2) * 20
        shirt = [(220, 40, 40), (250, 200, 0), (40, 160, 70), (240, 240, 240), (60, 60, 200)][rng.randrange(5)]
        d.ellipse([x - 10, y - 70, x + 10, y - 50], fill=(210, 170, 130))
        d.rectangle([x - 13, y - 50, x + 13, y], fill=shirt)
        d.line([x - 8, y, x - 18, y + 50], fill=(40, 40, 40), width=7)
        d.line([x + 8, y, x + 20, y + 48], fill=(40, 40, 40), width=7)
        d.line([x - 13, y - 45, x - 28, y - 20], fill=(210, 170, 130), width=6)
        d.line([x + 13, y - 45, x + 26, y - 70], fill=(210, 170, 130), width=6)
    for x in range(0, 800, 20):
        d.ellipse([x, 430, x + 16, 446], fill=(240, 240, 240))
    return photo_finish(img, 4509)


def medal():
    img = scene((800, 600), (150, 104, 66), (120, 80, 50))
    d = ImageDraw.Draw(img)
    for y in range(0, 600, 70):
        d.line([0, y, 800, y + 10], fill=(110, 72, 44), width=3)
    d.polygon([(300, 40), (360, 40), (420, 260), (380, 270)], fill=(0, 110, 170))
    d.polygon([(500, 40), (440, 40), (400, 260), (430, 270)], fill=(250, 200, 0))
    d.ellipse([300, 250, 520, 470], fill=(214, 172, 54), outline=(150, 110, 30), width=8)
    d.ellipse([340, 290, 480, 430], outline=(170, 130, 40), width=4)
    d.text((372, 340), "2027", fill=(130, 95, 25), font=font(BOLD, 30))
    return photo_finish(img, 4611)


def brick_wall():
    b = skimage_photo("brick", size=(640, 640))
    b = tint(b, (1.25, 0.85, 0.7))
    img = Image.new("RGB", (640, 720), (230, 226, 216))
    img.paste(b, (0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 640, 640, 720], fill=(150, 120, 90))
    for k in range(12):
        d.ellipse([40 + k * 50, 650 + (k % 3) * 12, 70 + k * 50, 668 + (k % 3) * 12], fill=(225, 220, 210))
    return photo_finish(img, 4713, noise=4.0, blur=0.5)


def stripped_bathroom():
    img = scene((800, 600), (214, 212, 206), (200, 198, 190))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 460, 800, 600], fill=(130, 110, 90))
    for y in range(300, 460, 40):
        for x in range(0, 420, 60):
            d.rectangle([x + 2, y + 2, x + 58, y + 38], fill=(236, 240, 242), outline=(180, 180, 180))
    d.rectangle([420, 300, 800, 460], fill=(170, 160, 150))
    for x, c in ((520, (190, 110, 50)), (560, (190, 110, 50)), (650, (200, 200, 205))):
        d.rectangle([x, 380, x + 10, 470], fill=c)
        d.rectangle([x - 4, 376, x + 14, 386], fill=c)
    d.rectangle([470, 200, 490, 300], fill=(190, 110, 50))
    d.rectangle([60, 120, 220, 280], fill=(240, 240, 240), outline=(120, 120, 120), width=4)
    d.rectangle([600, 470, 720, 560], fill=(60, 60, 60))
    d.rectangle([90, 500, 260, 540], fill=(240, 240, 245), outline=(150, 150, 150))
    return photo_finish(img, 4815)


def retina_exam():
    return skimage_photo("retina", size=(560, 560))


def harvest_moon():
    import numpy as np

    w, h = 1200, 420
    img = scene((w, h), (16, 20, 52), (70, 50, 70))
    moon = skimage_photo("moon", size=(150, 150))
    moon = tint(moon, (1.35, 1.05, 0.6))
    mask = Image.new("L", (150, 150), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, 149, 149], fill=255)
    img.paste(moon, (780, 60), mask)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 340, w, h], fill=(14, 18, 14))
    rng = random.Random(18)
    for i in range(16):
        x = 30 + i * 75
        r = rng.randint(38, 52)
        d.rectangle([x - 5, 300, x + 5, 345], fill=(10, 12, 10))
        d.ellipse([x - r, 300 - r * 1.3, x + r, 310], fill=(12, 16, 12))
    arr = np.asarray(img)
    return photo_finish(Image.fromarray(arr), 4917, noise=5.0, blur=0.6)


def dashboard():
    img = Image.new("RGB", (800, 520), (24, 24, 28))
    d = ImageDraw.Draw(img)
    for cx in (230, 570):
        d.ellipse([cx - 150, 110, cx + 150, 410], fill=(10, 10, 12), outline=(180, 180, 190), width=4)
        for k in range(11):
            a = math.radians(220 - k * 26)
            d.line([cx + 120 * math.cos(a), 260 - 120 * math.sin(a), cx + 138 * math.cos(a), 260 - 138 * math.sin(a)], fill="white", width=3)
        d.line([cx, 260, cx + 90 * math.cos(math.radians(200)), 260 - 90 * math.sin(math.radians(200))], fill=(240, 60, 30), width=5)
    d.text((200, 330), "km/h", fill=(200, 200, 200), font=font(SANS, 18))
    d.text((530, 330), "x1000", fill=(200, 200, 200), font=font(SANS, 18))
    # amber engine-management light between the dials
    ox, oy = 372, 240
    amber = (255, 170, 0)
    d.rectangle([ox, oy, ox + 56, oy + 34], outline=amber, width=5)
    d.rectangle([ox + 16, oy - 10, ox + 40, oy], fill=amber)
    d.rectangle([ox - 12, oy + 10, ox, oy + 24], fill=amber)
    d.rectangle([ox + 56, oy + 6, ox + 66, oy + 28], fill=amber)
    d.rectangle([0, 440, 800, 520], fill=(40, 40, 44))
    return photo_finish(img, 5019, noise=5.0, blur=0.7)


def school_bag():
    img = scene((600, 800), (236, 226, 206), (220, 208, 186))
    d = ImageDraw.Draw(img)
    d.rectangle([360, 0, 600, 620], fill=(30, 70, 120))
    d.ellipse([380, 300, 400, 320], fill=(200, 170, 60))
    d.rectangle([0, 620, 600, 800], fill=(140, 96, 60))
    d.rounded_rectangle([110, 380, 330, 640], radius=20, fill=(200, 30, 40), outline=(120, 10, 20), width=4)
    d.rectangle([150, 420, 290, 470], fill="white")
    d.text((166, 432), "FINN B.", fill="black", font=font(BOLD, 22))
    d.arc([160, 330, 280, 420], 180, 360, fill=(120, 10, 20), width=10)
    d.rounded_rectangle([340, 560, 460, 640], radius=10, fill=(40, 160, 90))
    for x in (120, 230):
        d.ellipse([x, 690, x + 100, 740], fill=(30, 30, 30))
        d.rectangle([x + 10, 660, x + 60, 700], fill=(30, 30, 30))
    return photo_finish(img, 5121)


def dog_cone():
    img = scene((800, 600), (214, 200, 180), (190, 176, 156))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 400, 800, 600], fill=(120, 60, 50))
    d.ellipse([140, 420, 660, 590], fill=(170, 40, 40))
    d.ellipse([260, 300, 540, 470], fill=(150, 90, 40))
    for x in (300, 480):
        d.rectangle([x, 420, x + 30, 500], fill=(150, 90, 40))
    d.ellipse([180, 220, 330, 350], fill=(160, 100, 48))
    d.ellipse([160, 250, 210, 380], fill=(110, 60, 30))
    d.ellipse([300, 250, 350, 380], fill=(110, 60, 30))
    d.ellipse([222, 270, 236, 284], fill="black")
    d.ellipse([272, 270, 286, 284], fill="black")
    d.ellipse([244, 310, 264, 326], fill="black")
    d.polygon([(130, 160), (380, 160), (340, 320), (170, 320)], fill=(235, 235, 240), outline=(170, 170, 180))
    d.ellipse([180, 220, 330, 350], fill=(160, 100, 48))
    d.ellipse([222, 270, 236, 284], fill="black")
    d.ellipse([272, 270, 286, 284], fill="black")
    d.ellipse([244, 310, 264, 326], fill="black")
    d.line([540, 380, 600, 330], fill=(150, 90, 40), width=16)
    return photo_finish(img, 5223)


# album: an October trip to Tuscany (Ricoh GR names)


def tuscan_hills():
    img = scene((800, 534), (250, 190, 120), (250, 220, 170))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 300), (200, 240), (420, 290), (620, 230), (800, 270), (800, 534), (0, 534)], fill=(170, 150, 80))
    d.polygon([(0, 380), (260, 330), (520, 370), (800, 320), (800, 534), (0, 534)], fill=(140, 130, 60))
    d.polygon([(0, 460), (300, 420), (800, 450), (800, 534), (0, 534)], fill=(110, 100, 50))
    d.rectangle([560, 250, 640, 300], fill=(214, 170, 120))
    d.polygon([(550, 250), (600, 225), (650, 250)], fill=(160, 80, 50))
    for i in range(9):
        x, y = 120 + i * 38, 350 - i * 9
        d.polygon([(x, y - 70), (x - 9, y), (x + 9, y)], fill=(30, 60, 30))
    return photo_finish(img, 6101)


def pici_truffle():
    img = scene((800, 534), (90, 60, 40), (70, 46, 30))
    d = ImageDraw.Draw(img)
    d.ellipse([170, 60, 630, 480], fill=(245, 245, 240), outline=(200, 200, 196), width=4)
    rng = random.Random(19)
    for _ in range(60):
        x, y = rng.randint(280, 520), rng.randint(170, 360)
        d.arc([x - 40, y - 20, x + 40, y + 20], rng.randint(0, 180), rng.randint(200, 360), fill=(236, 200, 110), width=6)
    for _ in range(14):
        x, y = rng.randint(300, 500), rng.randint(190, 340)
        d.ellipse([x - 14, y - 10, x + 14, y + 10], fill=(110, 84, 60), outline=(70, 50, 36))
    d.rectangle([660, 120, 680, 440], fill=(200, 200, 206))
    d.rectangle([110, 140, 126, 420], fill=(200, 200, 206))
    return photo_finish(img, 6203)


def stone_tower():
    img = scene((534, 800), (120, 170, 230), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([200, 80, 330, 640], fill=(190, 140, 100))
    d.polygon([(190, 80), (340, 80), (330, 60), (200, 60)], fill=(170, 120, 84))
    for y in range(100, 640, 30):
        d.line([200, y, 330, y], fill=(160, 116, 80), width=1)
    for y in (140, 300, 460):
        d.rectangle([250, y, 280, y + 50], fill=(60, 40, 30))
    d.rectangle([0, 420, 200, 640], fill=(214, 186, 140))
    d.rectangle([330, 440, 534, 640], fill=(206, 170, 130))
    for x in range(20, 200, 50):
        d.rectangle([x, 470, x + 24, 520], fill=(90, 110, 80))
    d.rectangle([0, 640, 534, 800], fill=(170, 160, 150))
    for i in range(4):
        x = 80 + i * 110
        d.ellipse([x - 8, 660, x + 8, 676], fill=(50, 50, 60))
        d.rectangle([x - 9, 676, x + 9, 720], fill=[(200, 60, 50), (60, 90, 170), (230, 200, 60), (40, 40, 40)][i])
    return photo_finish(img, 6305)


def sagra_poster():
    p = Image.new("RGB", (520, 720), (244, 226, 190))
    d = ImageDraw.Draw(p)
    d.rectangle([0, 0, 520, 120], fill=(120, 60, 30))
    d.text((30, 22), "Sagra della Castagna", fill=(250, 230, 180), font=font(SERIF_BOLD, 40))
    d.text((30, 76), "San Quirico in Valle", fill="white", font=font(SERIF, 24))
    draw_lines(p, (30, 150), [
        "16 e 17 ottobre 2027",
        "Piazza del Comune",
        "",
        "Caldarroste e vin brulé",
        "Polenta di castagne",
        "Mercatino dalle 10:00",
        "Musica dal vivo sabato ore 21",
        "Domenica pranzo ore 12:30 - 18 €",
        "",
        "Pro Loco San Quirico",
    ], font(SERIF, 27), fill=(60, 30, 10), gap=10)
    for i in range(6):
        x = 360 + (i % 3) * 40
        d.ellipse([x, 600 + (i // 3) * 34, x + 34, 630 + (i // 3) * 34], fill=(110, 60, 30))
    img = scene((700, 900), (170, 150, 120), (140, 120, 96))
    img.paste(p.rotate(-1.2, expand=True, fillcolor=(170, 150, 120)), (80, 70))
    return photo_finish(img, 6407, noise=6.0, blur=0.6)


def chestnuts():
    img = scene((800, 534), (40, 34, 30), (24, 20, 18))
    d = ImageDraw.Draw(img)
    rng = random.Random(20)
    for _ in range(40):
        x = rng.randint(200, 600)
        d.polygon([(x - 20, 470), (x + 20, 470), (x + rng.randint(-10, 10), 360 + rng.randint(0, 60))], fill=(250, 140 + rng.randint(0, 60), 20))
    d.ellipse([160, 250, 640, 400], fill=(30, 30, 30), outline=(70, 70, 70), width=6)
    d.rectangle([630, 310, 790, 330], fill=(40, 30, 20))
    for _ in range(45):
        x, y = rng.randint(230, 570), rng.randint(275, 360)
        d.ellipse([x - 17, y - 13, x + 17, y + 13], fill=(120 + rng.randint(0, 30), 66, 30), outline=(60, 30, 10))
        d.line([x - 6, y - 4, x + 6, y + 4], fill=(230, 210, 160), width=2)
    return photo_finish(img, 6509)


IMAGES = {
    "CamScanner 09-01-2027 18.22.jpg": nursery_letter,
    "PXL_20270906_071533412.MP.jpg": school_list,
    "WhatsApp Image 2027-09-15 at 08.12.44.jpeg": electrician_quote,
    "Screenshot 2027-09-28 at 21.07.45.png": race_email,
    "MVIMG_20271009_183210.jpg": race_bib,
    "Screenshot 2027-09-20 114233.png": reservation,
    "P1040312.JPG": price_board,
    "IMG20270918162233.jpg": fete_poster,
    "Snapchat-1283746519.jpg": spanish_note,
    "viber_image_2027-10-03_14-22-51-118.jpg": juice_receipt,
    "PHOTO-2027-09-29-17-02-14.jpg": vet_invoice,
    "Scan2027-10-12_103355.jpg": service_sheet,
    "FullSizeRender.jpg": farm_sign,
    "unnamed.jpg": welcome_card,
    "GOPR0417.JPG": apple_crates,
    "photo_2027-10-02_10-44-33.jpg": cider_press,
    "DJI_0042.JPG": vineyard_aerial,
    "SAM_0871.JPG": grapes_crate,
    "IMG_20271010_091507_BURST001.jpg": finish_line,
    "DSCN1204.JPG": medal,
    "CIMG1042.JPG": brick_wall,
    "image001.jpg": stripped_bathroom,
    "EXAM_20270929_OD.jpg": retina_exam,
    "PANO_20271002_194210.jpg": harvest_moon,
    "PXL_20271011_065902118.jpg": dashboard,
    "PXL_20270906_070514201.jpg": school_bag,
    "B612_20270929_180012.jpg": dog_cone,
    f"{ALBUM}/R0011402.JPG": tuscan_hills,
    f"{ALBUM}/R0011408.JPG": pici_truffle,
    f"{ALBUM}/R0011415.JPG": stone_tower,
    f"{ALBUM}/R0011421.JPG": sagra_poster,
    f"{ALBUM}/R0011433.JPG": chestnuts,
}


def main() -> None:
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=150, max_seconds=60)
    report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
