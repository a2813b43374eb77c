"""Generate the fixture files of the nineteenth held-out routing set (bench/routing_heldout19/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout19/make_fixtures.py

Needs Pillow, numpy and scikit-image (its bundled sample photos ``astronaut``, ``rocket``, ``motorcycle``
and ``coins``; nothing is downloaded) and the ``espeak-ng`` and ``ffmpeg`` programs. Written on the shared
helpers in ``bench/routing_files/fixture_kit.py``; the output is deterministic. Every file stays under
300 KB. The dates are early and mid December 2026.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fixture_kit as fk  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

MAX_BYTES = 300_000
ALBUM = "strasbourg_2026-12"

# --------------------------------------------------------------------------- audio

SPEECH: dict[str, list[tuple[str, str]]] = {
    "Voice 012.m4a": [
        ("en-gb", "Hi, this is Priya from Westgate Dental. Isla's check-up on Wednesday the ninth has to move, "
                  "sorry. We can do Friday the eleventh of December at a quarter past three instead. Please bring "
                  "the consent letter from school, and remember we need twenty-four hours notice to cancel, "
                  "otherwise there is a fifteen pound fee. Thanks, bye."),
    ],
    "AUD-20261201-WA0017.opus": [
        ("en-us", "Hey parents, Coach Rivera here. The under eleven basketball tournament is this Saturday, "
                  "December twelfth, at the Lincoln High gym. Please have the kids there by eight fifteen, in the "
                  "white jerseys. Bring five dollars for the snack table. The carpool leaves from the church "
                  "parking lot at seven forty-five."),
    ],
    "DM650031.MP3": [
        ("en-gb-x-rp", "Memo for Helen. Please draft a reply to Corbett and Sons about the delayed shipment of "
                       "forty oak chairs. Apologise, offer them a ten percent discount on their next order, and "
                       "promise delivery by Tuesday the fifteenth of December. Copy in Martin from the warehouse. "
                       "End of memo."),
    ],
    "audio_2026-12-03_19-22-41.ogg": [
        ("de", "Hallo ihr Lieben, hier ist Onkel Jürgen. Ich komme an Heiligabend mit dem Zug, Ankunft Köln "
               "Hauptbahnhof um vierzehn Uhr zwölf. Könnt ihr mich bitte abholen? Ich bringe den Stollen mit und "
               "bleibe bis zum siebenundzwanzigsten. Bis bald!"),
    ],
    "Nouvel enregistrement 6.m4a": [
        ("fr-fr", "Bonjour, ici le garage Dubois. Les pneus hiver de votre Peugeot 208 sont montés. La voiture "
                  "est prête mardi après dix-sept heures. Le total est de deux cent quatre-vingt-six euros. "
                  "Attention, il faudra changer les plaquettes de frein au printemps. Bonne soirée."),
    ],
    "Nieuwe opname 3.m4a": [
        ("nl", "Hoi, met Lotte. Ik heb de lootjes getrokken: jij hebt Bram. Het budget is vijftien euro, met een "
               "surprise en een gedicht. We vieren pakjesavond zaterdag vijf december om zeven uur bij oma. "
               "Tot dan!"),
    ],
    "Nova gravação 9.m4a": [
        ("pt", "Olá, fala a Inês da escola de línguas. O exame de inglês é na segunda-feira, catorze de "
               "dezembro, às seis e meia da tarde, na sala três. Traga o cartão de cidadão. Os resultados seguem "
               "por e-mail antes do Natal."),
    ],
    "Voce 004.m4a": [
        ("it", "Ciao tesoro, sono la nonna Lucia. Per i cappelletti servono trecento grammi di farina e tre "
               "uova. Per il ripieno: ricotta, parmigiano e un pizzico di noce moscata. Vi aspetto tutti la "
               "vigilia alle otto di sera. Un bacione."),
    ],
    "voice_note_2026-12-02.webm": [
        ("es", "Hola, soy Javier, del club de pádel. El torneo es el domingo trece de diciembre a las diez, en "
               "la pista cuatro. Tu pareja es Marta. Trae doce euros para la inscripción. Después cenamos en el "
               "Asador Gómez."),
    ],
    "Record_2026-12-03-21-14-08.mp3": [
        ("en-us-nyc", "Yo, it's Dani. So the apartment holiday party is Friday the eighteenth at eight. The "
                      "theme is ugly sweaters. The Secret Santa limit is twenty dollars, and everyone brings one "
                      "dish. I'm doing the mac and cheese, so don't bring that."),
    ],
}

# 8 kHz 16-bit PCM: 16 kB a second, so this one has to stay short
SHORT_WAV = {
    "TASCAM_0042.wav": [
        ("en-gb", "Book club. Next month we are reading The Glass Orchard."),
        ("en-us", "We meet Thursday the seventh of January, seven thirty, at Rosa's flat."),
        ("en-gb", "Bring a snack. And no dogs this time."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def mac_window(size, title, body_lines, *, fonts=None, bg=(236, 236, 236), page=(255, 255, 255)):
    """A desktop screenshot: a window with a title bar and lines of (font, text, colour) on a white page."""
    w, h = size
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 34], fill=(220, 220, 222))
    for i, c in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
        d.ellipse([14 + i * 22, 11, 26 + i * 22, 23], fill=c)
    tf = fk.font(fk.SANS, 14)
    tw = d.textlength(title, font=tf)
    d.text(((w - tw) / 2, 9), title, fill=(60, 60, 60), font=tf)
    d.rectangle([20, 50, w - 20, h - 20], fill=page, outline=(205, 205, 205))
    y = 70
    for fnt, text, colour in body_lines:
        if text:
            d.text((44, y), text, fill=colour, font=fnt)
        y += fnt.size + 10
    return img


def phone_screen(size, status, header, header_bg, body_lines, *, bg=(255, 255, 255)):
    """A phone screenshot: status bar, a coloured app header and lines of (font, text, colour)."""
    w, h = size
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    sf = fk.font(fk.SANS, 18)
    d.rectangle([0, 0, w, 40], fill=header_bg)
    d.text((18, 10), status, fill="white", font=sf)
    d.text((w - 90, 10), "▮▮▮ 78%", fill="white", font=sf)
    d.rectangle([0, 40, w, 120], fill=header_bg)
    d.text((24, 62), header, fill="white", font=fk.font(fk.BOLD, 26))
    y = 150
    for fnt, text, colour in body_lines:
        if text:
            d.text((28, y), text, fill=colour, font=fnt)
        y += fnt.size + 12
    return img


def paper(size, lines, *, bg=(252, 251, 247), x=48, y=44):
    """A printed page: lines of (font, text, colour)."""
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    for fnt, text, colour in lines:
        if text:
            d.text((x, y), text, fill=colour, font=fnt)
        y += fnt.size + 9
    return img


# --------------------------------------------------------------------------- text images


def parcel_tracking():
    b, r, big = fk.font(fk.BOLD, 24), fk.font(fk.SANS, 19), fk.font(fk.BOLD, 30)
    purple, grey = (92, 45, 145), (90, 90, 90)
    return mac_window((960, 600), "Swiftdrop - Track your parcel", [
        (big, "Swiftdrop", purple),
        (b, "Your parcel is on its way", (20, 20, 20)),
        (r, "Parcel number: 1548 2290 3317", grey),
        (r, "From: Little Oak Toys", grey),
        (b, "Expected: Wednesday 9 December, 11:04 - 12:04", (20, 20, 20)),
        (r, "Your driver today: Kasia", grey),
        (r, "Safe place: front porch", grey),
        (r, "Not in? Change delivery or choose a neighbour.", purple),
    ])


def restaurant_booking():
    b, r = fk.font(fk.BOLD, 27), fk.font(fk.SANS, 24)
    green, dark = (31, 84, 64), (30, 30, 30)
    return phone_screen((720, 1100), "08:15", "The Copper Kettle", green, [
        (b, "Booking confirmed", green),
        (r, "Table for 8", dark),
        (r, "Saturday 19 December 2026, 7:45 pm", dark),
        (r, "Christmas set menu: £34.50 per person", dark),
        (r, "Pre-orders needed by Saturday 12 December", dark),
        (r, "Deposit paid: £10 per person", dark),
        (r, "Booking ref: CK-7731", dark),
        (r, "", dark),
        (r, "14 Canal Street, Leeds LS1 4DT", (110, 110, 110)),
    ])


def school_email():
    b, r, s = fk.font(fk.BOLD, 25), fk.font(fk.SANS, 22), fk.font(fk.SANS, 19)
    red, dark, grey = (200, 40, 40), (30, 30, 30), (110, 110, 110)
    return phone_screen((720, 1200), "13:05", "Gmail", red, [
        (b, "Nativity play - Year 2", dark),
        (s, "Brookfield Primary <office@brookfield.sch.uk>", grey),
        (s, "to me  -  2 Dec", grey),
        (r, "", dark),
        (r, "Dear parents,", dark),
        (r, "The Year 2 nativity play is on", dark),
        (r, "Wednesday 16 December at 2 pm", dark),
        (r, "in the school hall.", dark),
        (r, "Your child is a shepherd: please send", dark),
        (r, "a tea towel and a dressing gown in a", dark),
        (r, "named bag by Monday 14 December.", dark),
        (r, "Two tickets per family.", dark),
        (r, "Mrs Okonjo", dark),
    ])


def craft_fair_flyer():
    w, h = 620, 820
    img = Image.new("RGB", (w, h), (176, 24, 36))
    d = ImageDraw.Draw(img)
    d.rectangle([18, 18, w - 18, h - 18], outline=(245, 215, 120), width=5)
    lines = [
        (fk.font(fk.SERIF_BOLD, 54), "CHRISTMAS", (250, 240, 220)),
        (fk.font(fk.SERIF_BOLD, 54), "CRAFT FAIR", (250, 240, 220)),
        (fk.font(fk.BOLD, 28), "St Columba's Hall", (245, 215, 120)),
        (fk.font(fk.SANS, 28), "Saturday 12 December", (250, 250, 250)),
        (fk.font(fk.SANS, 28), "10am - 4pm", (250, 250, 250)),
        (fk.font(fk.SANS, 22), "30 local stalls - mulled wine", (250, 250, 250)),
        (fk.font(fk.SANS, 22), "Raffle: £1 a strip", (250, 250, 250)),
        (fk.font(fk.SANS, 22), "Santa's grotto 11-2 (£4 per child)", (250, 250, 250)),
        (fk.font(fk.BOLD, 30), "FREE ENTRY", (245, 215, 120)),
    ]
    y = 60
    for fnt, text, colour in lines:
        tw = d.textlength(text, font=fnt)
        d.text(((w - tw) / 2, y), text, fill=colour, font=fnt)
        y += fnt.size + 26
    return fk.photographed(img, seed=1901, angle=2.5, bg=(120, 100, 80)).resize((560, 740), Image.LANCZOS)


def parking_fine():
    b, r, s = fk.font(fk.BOLD, 26), fk.font(fk.SANS, 19), fk.font(fk.BOLD, 21)
    dark = (25, 25, 25)
    doc = paper((600, 560), [
        (b, "PENALTY CHARGE NOTICE", dark),
        (r, "Westbury Borough Council", dark),
        (r, "PCN No: WB48810273", dark),
        (r, "Vehicle reg: LN21 OXC", dark),
        (r, "Location: Elm Road", dark),
        (r, "Date/time: 02/12/2026 15:31", dark),
        (r, "Contravention 12: parked in a", dark),
        (r, "residents' bay without a permit", dark),
        (s, "Amount: £70", dark),
        (s, "Reduced to £35 if paid within 14 days", dark),
    ], bg=(250, 238, 120))
    return fk.photographed(doc, seed=1902, angle=-3.0, bg=(40, 44, 52))


def pharmacy_label():
    b, r, s = fk.font(fk.BOLD, 22), fk.font(fk.SANS, 20), fk.font(fk.SANS, 16)
    dark = (20, 20, 20)
    label = paper((620, 330), [
        (b, "HILLSIDE PHARMACY   01632 960 418", dark),
        (r, "Amoxicillin 250mg/5ml oral suspension", dark),
        (b, "Give 5 ml THREE times a day for 7 days", dark),
        (r, "Shake the bottle well. Keep in the fridge.", dark),
        (r, "Complete the prescribed course.", dark),
        (s, "Leo Brennan                     03/12/2026", dark),
    ], bg=(255, 255, 255), x=24, y=24)
    box = Image.new("RGB", (700, 420), (235, 240, 246))
    ImageDraw.Draw(box).rectangle([0, 0, 700, 36], fill=(30, 90, 160))
    box.paste(label, (40, 60))
    return fk.photographed(box, seed=1903, angle=1.8, bg=(150, 120, 90))


def service_charge_letter():
    b, r, s = fk.font(fk.SERIF_BOLD, 22), fk.font(fk.SERIF, 19), fk.font(fk.SERIF, 16)
    dark = (25, 25, 25)
    doc = paper((800, 900), [
        (b, "Hausverwaltung Krämer & Sohn", dark),
        (s, "Lindenstraße 40 · 50674 Köln", dark),
        (s, "", dark),
        (r, "Herrn Emre Yıldız", dark),
        (r, "Sülzgürtel 12, 50937 Köln", dark),
        (r, "", dark),
        (r, "Köln, 30.11.2026", dark),
        (b, "Nebenkostenabrechnung 2025", dark),
        (r, "", dark),
        (r, "Sehr geehrter Herr Yıldız,", dark),
        (r, "für den Abrechnungszeitraum 01.01.–31.12.2025 ergibt sich", dark),
        (r, "eine Nachzahlung von 184,60 €.", dark),
        (r, "Bitte überweisen Sie den Betrag bis zum 31.12.2026 auf:", dark),
        (r, "IBAN DE12 3704 0044 0532 0130 00", dark),
        (r, "Ihre monatliche Vorauszahlung erhöht sich ab Januar 2027", dark),
        (r, "auf 215 €.", dark),
        (r, "", dark),
        (r, "Mit freundlichen Grüßen", dark),
        (r, "Petra Krämer", dark),
    ], bg=(246, 246, 243), x=60, y=60)
    return fk.photo_finish(doc, seed=1904, noise=3.0, blur=0.4).convert("L").convert("RGB")


def parents_evening():
    b, r = fk.font(fk.BOLD, 24), fk.font(fk.SANS, 19)
    dark = (25, 25, 25)
    doc = paper((780, 760), [
        (b, "Collège Victor Hugo - Lyon", dark),
        (r, "", dark),
        (b, "CONVOCATION", dark),
        (r, "Madame, Monsieur,", dark),
        (r, "Vous êtes invités à la réunion parents-professeurs", dark),
        (r, "de la classe de 4e B le jeudi 10 décembre 2026", dark),
        (r, "à 17 h 30, salle 12.", dark),
        (r, "", dark),
        (r, "Professeure principale : Mme Lefèvre", dark),
        (r, "Élève : Nathan Roussel", dark),
        (r, "Merci de confirmer votre présence avant le 7 décembre.", dark),
        (r, "", dark),
        (r, "La Principale, C. Bertin", dark),
    ], bg=(255, 255, 255), x=56, y=56)
    return fk.photo_finish(doc, seed=1905, noise=2.5, blur=0.35)


def lottery_ticket():
    b, r, big = fk.font(fk.BOLD, 24), fk.font(fk.SANS, 20), fk.font(fk.MONO_BOLD, 44)
    green, dark = (0, 104, 71), (25, 25, 25)
    return mac_window((900, 620), "Mis décimos - Lotería", [
        (b, "LOTERÍA NACIONAL", green),
        (r, "Sorteo Extraordinario de Navidad", dark),
        (r, "22 de diciembre de 2026", dark),
        (big, "Nº 48213", dark),
        (r, "Serie 105 - Fracción 7", dark),
        (r, "Precio: 20 euros", dark),
        (r, "Compartido con: Paco, Rosa y Merche (5 € cada uno)", (120, 120, 120)),
    ], page=(246, 252, 246))


def museum_booking():
    b, r = fk.font(fk.BOLD, 24), fk.font(fk.SANS, 20)
    wine, dark = (128, 30, 45), (25, 25, 25)
    return mac_window((920, 620), "Museo Civico di Palazzo Vanni - Prenotazione", [
        (b, "Conferma prenotazione", wine),
        (r, "Museo Civico di Palazzo Vanni, Siena", dark),
        (r, "Data: domenica 27 dicembre 2026", dark),
        (r, "Orario d'ingresso: 10:15", dark),
        (r, "Biglietti: 2 interi x 12,00 €, 1 ridotto 18-25 anni x 6,00 €", dark),
        (b, "Totale: 30,00 €", dark),
        (r, "Codice prenotazione: PVS-93K2L", dark),
        (r, "Presentarsi 15 minuti prima all'ingresso di via dei Rossi", (110, 110, 110)),
    ])


def class_party_mail():
    b, r = fk.font(fk.BOLD, 23), fk.font(fk.SANS, 19)
    blue, dark = (20, 80, 160), (25, 25, 25)
    return mac_window((940, 640), "Mail - Elternbrief Klasse 3b", [
        (b, "Elternbrief Klasse 3b - Weihnachtsfeier", blue),
        (r, "Von: Frau Albers  ·  3. Dezember 2026", (110, 110, 110)),
        (r, "Liebe Eltern,", dark),
        (r, "unsere Weihnachtsfeier findet am Freitag, 18.12., um 10 Uhr", dark),
        (r, "im Klassenzimmer statt. Bitte geben Sie Ihrem Kind einen", dark),
        (r, "Teller Plätzchen mit. Unterrichtsschluss an diesem Tag: 11:30 Uhr.", dark),
        (r, "Die Ferien beginnen am 21.12. und enden am 06.01.", dark),
        (r, "Herzliche Grüße, Frau Albers", dark),
    ])


def office_whiteboard():
    w, h = 900, 640
    board = Image.new("RGB", (w, h), (246, 247, 244))
    d = ImageDraw.Draw(board)
    d.rectangle([0, 0, w - 1, h - 1], outline=(160, 160, 165), width=14)
    m, s = fk.font(fk.MARKER, 40), fk.font(fk.MARKER, 32)
    red, blue, black = (200, 30, 30), (25, 60, 170), (30, 30, 30)
    y = 40
    for fnt, text, colour in [
        (m, "FRIDGE CLEAN-OUT FRIDAY 4PM!", red),
        (s, "Anything unlabelled goes in the bin", black),
        (s, "", black),
        (s, "DISHWASHER ROTA:", blue),
        (s, "MON - SAM      TUE - AISHA", blue),
        (s, "WED - PETE     THU - NOOR", blue),
        (s, "FRI - EVERYONE :)", blue),
    ]:
        if text:
            d.text((44, y), text, fill=colour, font=fnt)
        y += fnt.size + 22
    wall = Image.new("RGB", (w + 80, h + 80), (200, 196, 186))
    wall.paste(board, (40, 40))
    return fk.photo_finish(wall.rotate(-1.5, resample=Image.BICUBIC, fillcolor=(200, 196, 186)), seed=1906,
                           noise=5.0, blur=0.7).resize((784, 576), Image.LANCZOS)


def missed_parcel_card():
    b, r, s = fk.font(fk.BOLD, 26), fk.font(fk.SANS, 21), fk.font(fk.MONO, 20)
    orange, dark = (230, 110, 20), (25, 25, 25)
    card = Image.new("RGB", (620, 520), (255, 255, 255))
    d = ImageDraw.Draw(card)
    d.rectangle([0, 0, 620, 70], fill=orange)
    d.text((24, 18), "PakketPost", fill="white", font=fk.font(fk.BOLD, 30))
    y = 90
    for fnt, text in [
        (b, "Sorry, we hebben u gemist!"),
        (r, "Uw pakket ligt klaar bij:"),
        (b, "Bloemenhuis Roos, Dorpsstraat 22"),
        (r, "Ophalen vanaf: 4 december, 16:00"),
        (r, "Uiterlijk ophalen: 17 december"),
        (r, "Neem dit kaartje en uw legitimatie mee."),
        (s, "Zendingnummer 3SQX 8841 2207"),
    ]:
        d.text((24, y), text, fill=dark, font=fnt)
        y += fnt.size + 16
    return fk.photographed(card, seed=1907, angle=-2.2, bg=(96, 70, 50))


def concert_ticket():
    b, r = fk.font(fk.BOLD, 24), fk.font(fk.SANS, 20)
    navy, dark = (24, 40, 90), (25, 25, 25)
    return mac_window((900, 620), "Bilhetes - Concerto de Natal", [
        (b, "Concerto de Natal - Orquestra do Norte", navy),
        (r, "Coliseu do Porto", dark),
        (r, "Domingo, 20 de dezembro de 2026, 21h00", dark),
        (b, "Plateia - Fila H - Lugar 14", dark),
        (r, "Preço: 18,00 €", dark),
        (r, "Portas abrem às 20h15", dark),
        (r, "Bilhete n.º 00471-8832", (110, 110, 110)),
    ])


# --------------------------------------------------------------------------- album (Strasbourg, December)


def tree_at_night():
    import random

    img = fk.gradient((800, 600), (8, 14, 40), (30, 36, 70))
    d = ImageDraw.Draw(img)
    for x0, hh in [(0, 330), (120, 300), (560, 320), (680, 290)]:  # houses around the square
        d.rectangle([x0, 600 - hh, x0 + 120, 600], fill=(22, 22, 30))
        for wy in range(600 - hh + 30, 560, 60):
            d.rectangle([x0 + 25, wy, x0 + 45, wy + 25], fill=(230, 190, 90))
            d.rectangle([x0 + 75, wy, x0 + 95, wy + 25], fill=(230, 190, 90))
    d.polygon([(400, 70), (250, 540), (550, 540)], fill=(16, 70, 36))
    d.rectangle([385, 540, 415, 590], fill=(70, 40, 20))
    rng = random.Random(1908)
    for _ in range(160):
        y = rng.uniform(110, 530)
        half = (y - 70) / 470 * 150
        x = rng.uniform(400 - half, 400 + half)
        d.ellipse([x - 3, y - 3, x + 3, y + 3], fill=rng.choice([(255, 230, 140), (255, 250, 220), (255, 120, 90)]))
    d.regular_polygon((400, 66, 24), 5, rotation=0, fill=(255, 220, 80))
    d.rectangle([0, 588, 800, 600], fill=(60, 60, 66))
    return fk.photo_finish(img, seed=1909, noise=7.0, blur=0.9)


def mulled_wine_board():
    img = Image.new("RGB", (800, 600), (60, 40, 30))
    d = ImageDraw.Draw(img)
    for i in range(0, 800, 80):  # striped awning
        d.rectangle([i, 0, i + 40, 90], fill=(200, 30, 40))
        d.rectangle([i + 40, 0, i + 80, 90], fill=(245, 245, 240))
    d.rectangle([130, 120, 670, 560], fill=(122, 82, 48), outline=(70, 45, 25), width=10)
    for y in range(140, 550, 28):
        d.line([140, y, 660, y], fill=(112, 74, 42), width=2)
    t, r = fk.font(fk.SERIF_BOLD, 40), fk.font(fk.SERIF_BOLD, 30)
    cream = (250, 240, 215)
    y = 150
    for fnt, text in [(t, "VIN CHAUD · GLÜHWEIN"), (r, "Rouge .............. 4,00 €"), (r, "Blanc .............. 4,50 €"),
                      (r, "Jus de pomme chaud ... 3,00 €"), (r, "Consigne tasse ..... 2,00 €")]:
        tw = d.textlength(text, font=fnt)
        d.text(((800 - tw) / 2, y), text, fill=cream, font=fnt)
        y += fnt.size + 40
    return fk.photo_finish(img, seed=1910, noise=6.0, blur=0.7)


def canal_houses():
    img = fk.gradient((800, 600), (150, 185, 220), (210, 225, 235))
    d = ImageDraw.Draw(img)
    colours = [(245, 235, 210), (240, 200, 170), (235, 225, 190), (250, 215, 190), (230, 220, 200)]
    for i, x0 in enumerate(range(0, 800, 160)):
        top = 120 + (i % 2) * 30
        d.polygon([(x0, top + 60), (x0 + 80, top - 20), (x0 + 160, top + 60)], fill=(150, 60, 40))
        d.rectangle([x0 + 4, top + 60, x0 + 156, 380], fill=colours[i])
        for bx in range(x0 + 4, x0 + 160, 38):  # timber frame
            d.line([bx, top + 60, bx, 380], fill=(90, 55, 30), width=6)
        for by in (top + 60, top + 150, 300, 380):
            d.line([x0 + 4, by, x0 + 156, by], fill=(90, 55, 30), width=6)
        d.line([x0 + 4, top + 60, x0 + 40, top + 150], fill=(90, 55, 30), width=5)
        d.rectangle([x0 + 52, top + 90, x0 + 72, top + 125], fill=(70, 90, 110))
        d.rectangle([x0 + 96, top + 90, x0 + 116, top + 125], fill=(70, 90, 110))
    d.rectangle([0, 380, 800, 600], fill=(60, 95, 105))
    for y in range(395, 600, 18):
        d.line([0, y, 800, y + 4], fill=(80, 118, 126), width=2)
    d.polygon([(300, 470), (520, 470), (490, 505), (330, 505)], fill=(110, 70, 40))
    d.rectangle([395, 445, 405, 470], fill=(200, 200, 200))
    return fk.photo_finish(img, seed=1911, noise=6.0, blur=0.9)


def snowman():
    img = fk.gradient((800, 600), (170, 175, 185), (215, 218, 224))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 420, 800, 600], fill=(240, 242, 246))
    for x in (80, 690):  # bare trees
        d.rectangle([x, 170, x + 18, 430], fill=(70, 55, 45))
        d.line([x + 9, 260, x - 50, 190], fill=(70, 55, 45), width=7)
        d.line([x + 9, 230, x + 70, 170], fill=(70, 55, 45), width=7)
    d.ellipse([290, 330, 510, 540], fill=(250, 250, 252), outline=(200, 205, 215), width=3)
    d.ellipse([320, 200, 480, 350], fill=(250, 250, 252), outline=(200, 205, 215), width=3)
    d.ellipse([345, 100, 455, 215], fill=(250, 250, 252), outline=(200, 205, 215), width=3)
    d.rectangle([355, 40, 445, 105], fill=(25, 25, 25))
    d.rectangle([335, 100, 465, 112], fill=(25, 25, 25))
    d.ellipse([375, 140, 387, 152], fill=(20, 20, 20))
    d.ellipse([413, 140, 425, 152], fill=(20, 20, 20))
    d.polygon([(398, 160), (404, 172), (460, 175)], fill=(240, 120, 20))
    d.rectangle([335, 205, 465, 228], fill=(200, 25, 35))
    d.rectangle([430, 220, 455, 290], fill=(200, 25, 35))
    for y in (250, 285, 320):
        d.ellipse([393, y, 407, y + 14], fill=(20, 20, 20))
    d.line([320, 260, 220, 200], fill=(90, 60, 40), width=6)
    d.line([480, 260, 580, 205], fill=(90, 60, 40), width=6)
    return fk.photo_finish(img, seed=1912, noise=6.0, blur=0.8)


def gingerbread_hearts():
    img = Image.new("RGB", (800, 600), (150, 25, 30))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 800, 40], fill=(90, 60, 35))
    for row, y in enumerate((120, 330)):
        for col in range(4):
            cx = 110 + col * 195 + (row * 40)
            cy = y + 80
            d.line([cx, 40 if row == 0 else 250, cx, cy - 70], fill=(230, 200, 60), width=4)
            s = 70 + (col % 2) * 10
            for grow, colour in ((6, (250, 250, 245)), (0, (150, 90, 45))):  # white icing rim, then the biscuit
                g = s + grow
                d.ellipse([cx - g, cy - g // 2 - 20, cx + grow, cy + g // 2 - 20], fill=colour)
                d.ellipse([cx - grow, cy - g // 2 - 20, cx + g, cy + g // 2 - 20], fill=colour)
                d.polygon([(cx - g + 3, cy), (cx + g - 3, cy), (cx, cy + g + 10)], fill=colour)
            d.ellipse([cx - 10, cy - 6, cx + 10, cy + 14], fill=(230, 60, 80))
    return fk.photo_finish(img, seed=1913, noise=6.0, blur=0.8)


IMAGES = {
    "Screenshot 2026-12-01 at 10.15.22.png": parcel_tracking,
    "Screenshot_20261202-081530.png": restaurant_booking,
    "Screenshot_20261202_130551_Gmail.jpg": school_email,
    "WhatsApp Image 2026-12-01 at 18.22.37.jpeg": craft_fair_flyer,
    "PXL_20261202_154411823.jpg": parking_fine,
    "20261203_093012.jpg": pharmacy_label,
    "scan0007.jpg": service_charge_letter,
    "Adobe Scan 02 Dec 2026.jpg": parents_evening,
    "Captura de pantalla 2026-12-01 a las 9.41.03.png": lottery_ticket,
    "Schermata 2026-12-02 alle 16.20.33.png": museum_booking,
    "Bildschirmfoto 2026-12-03 um 07.55.10.png": class_party_mail,
    "IMG_4470.jpg": office_whiteboard,
    "IMG-20261203-WA0009.jpg": missed_parcel_card,
    "Captura de ecrã 2026-12-02 221530.png": concert_ticket,
    # photos (scikit-image samples)
    "DSC_0712.JPG": lambda: fk.skimage_photo("astronaut", size=(512, 512)),
    "IMG_7725.jpg": lambda: fk.tint(fk.skimage_photo("rocket", size=(640, 427)), (1.02, 1.0, 0.97)),
    "PXL_20261129_102233455.jpg": lambda: fk.skimage_photo("motorcycle", size=(640, 443)),
    "P1012044.JPG": lambda: fk.tint(fk.skimage_photo("coins", size=(576, 456)), (1.08, 1.0, 0.86)),
    # the album
    f"{ALBUM}/DSC05512.JPG": tree_at_night,
    f"{ALBUM}/DSC05518.JPG": mulled_wine_board,
    f"{ALBUM}/DSC05524.JPG": canal_houses,
    f"{ALBUM}/DSC05531.JPG": snowman,
    f"{ALBUM}/DSC05537.JPG": gingerbread_hearts,
}


def main() -> None:
    paths = fk.synthesize(SPEECH, HERE, speed=155, pause=0.5)
    paths += fk.synthesize(SHORT_WAV, HERE, speed=160, pause=0.4, lossless_rate=8000, max_seconds=16.0)
    paths += fk.save_images(HERE, IMAGES, quality=82)
    fk.report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
