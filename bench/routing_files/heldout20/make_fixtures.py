"""Generate the fixtures of the twentieth held-out routing set (bench/routing_heldout20/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout20/make_fixtures.py

Needs Pillow, numpy and scikit-image (its bundled samples only: chelsea, coffee, camera,
hubble_deep_field, retina; nothing is downloaded), and espeak-ng and ffmpeg on PATH. Written on the
shared helpers in bench/routing_files/fixture_kit.py; the output is deterministic (seeded noise, bitexact
audio), so a rerun reproduces every file byte for byte. Every file stays under 300 KB.

The dates are late November 2026 to January 2027 (the set was written on Friday 4 December 2026).
"""

from __future__ import annotations

import sys
from pathlib import Path

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
from PIL import Image, ImageDraw, ImageOps  # noqa: E402

ALBUM = "obertauern_2026-11"
MAX_BYTES = 300_000

# --------------------------------------------------------------------------- audio

SPEECH = {
    "New Recording 41.m4a": [
        ("en-gb", "Hi, this is Gareth from Brightwarm Heating. Sorry, I've had to move your boiler service. "
                  "It's now Thursday the tenth of December, between eight and twelve. Please clear the cupboard "
                  "under the stairs so I can get to the boiler, and make sure someone over eighteen is home. "
                  "The call-out is eighty-five pounds, paid on the day by card. Cheers."),
    ],
    "PTT-20261203-WA0004.opus": [
        ("en-us", "Hey, it's Marcy from next door. Thanks so much for feeding Mochi while we're in Vermont. "
                  "We leave on the twenty-sixth and we're back on January third. She gets half a can in the "
                  "morning and dry food at night, and please don't let her out, she's an indoor cat now. "
                  "The spare key is under the blue flower pot by the garage. Oh, and the vet's number is on "
                  "the fridge."),
    ],
    "Neue Aufnahme 12.m4a": [
        ("de", "Hallo ihr Lieben, hier ist Tante Monika. Silvester feiern wir dieses Jahr bei uns in Freiburg. "
               "Es gibt Raclette. Kommt so gegen sieben Uhr. Könnt ihr den Käse mitbringen, so ungefähr ein "
               "Kilo? Und wer möchte, kann bei uns übernachten, das Gästezimmer ist frei. Bis dann, tschüss!"),
    ],
    "Enregistrement (7).m4a": [
        ("fr-fr", "Bonjour, c'est Julien, moniteur à l'école de ski Les Marmottes. Les cours de Chloé et Hugo "
                  "commencent le lundi vingt et un décembre à neuf heures. Le rendez-vous est au jardin des "
                  "neiges, à côté de la caisse des remontées. Le casque est obligatoire, et pensez à récupérer "
                  "les forfaits à l'accueil la veille. Le cours dure deux heures et demie. À bientôt !"),
    ],
    "WhatsApp Ptt 2026-12-02 at 19.41.08.ogg": [
        ("es", "¡Hola! Soy Lucía. Para Nochevieja al final lo hacemos en mi piso de Valencia. La cena es a las "
               "nueve y media y sale a veinticinco euros por cabeza. Yo pongo las uvas, pero tú te encargas del "
               "cava: trae tres botellas bien frías. Después vamos a la plaza del Ayuntamiento para las "
               "campanadas. ¡Un beso!"),
    ],
    "signal-2026-12-03-194512.aac": [
        ("nl", "Hoi allemaal, met Sanne van de schaatsclub. De training van dinsdag gaat niet door, want de "
               "ijsbaan is gesloten voor onderhoud. We schaatsen nu donderdag om half acht. Neem je eigen "
               "schaatsen mee en laat ze van tevoren slijpen. De contributie van vijfenveertig euro moet voor "
               "één januari betaald zijn. Tot donderdag!"),
    ],
    "Gravação de voz 003.m4a": [
        ("pt", "Bom dia, fala a Beatriz da imobiliária Casa Alfama. Confirmo a visita ao apartamento na Rua da "
               "Graça no sábado, dia doze, às onze da manhã. A renda é de novecentos e cinquenta euros, com dois "
               "meses de caução. Traga por favor a declaração de IRS e os três últimos recibos de vencimento. "
               "Obrigada."),
    ],
    "Nuova registrazione 15.m4a": [
        ("it", "Ciao, sono Davide, il fisioterapista. Da gennaio spostiamo le sedute al lunedì e al giovedì "
               "alle cinque e mezza. Porta un asciugamano e delle scarpe da ginnastica pulite. Ogni seduta costa "
               "quarantacinque euro, e la visita di controllo è lunedì undici gennaio. Nel frattempo fai gli "
               "esercizi per la spalla tutti i giorni. Ciao!"),
    ],
    "Call recording Hartwell Insurance_261202_143215.m4a": [
        ("en-gb", "Hartwell Insurance, claims team, Rob speaking."),
        ("en-us", "Hi, I'm calling about the burst pipe in my kitchen. The claim number is H W seven seven two "
                  "nine one."),
        ("en-gb", "Thanks, I can see it. A loss adjuster will visit on Monday the fourteenth of December, "
                  "between one and five. Please keep the damaged flooring and take photos before you throw "
                  "anything away. Your excess is two hundred and fifty pounds."),
        ("en-us", "Great, thank you."),
    ],
    "VM_20261203_164210.mp3": [
        ("en-us-nyc", "Hi, this is Tony at Bayside Auto. Your Subaru's winter service is done. We replaced the "
                      "battery and topped up the antifreeze, and the total comes to two hundred twelve dollars "
                      "and forty cents. We're open till six tonight, and tomorrow from eight to noon. The keys "
                      "will be at the front desk. Thanks."),
    ],
}

# a lossless clip: 8 kHz PCM, kept short so it stays under 300 KB
SPEECH_WAV = {
    "ZOOM0057.WAV": [
        ("en-gb-x-rp", "Note to self. New Year's Eve shopping. Two bags of ice, paper plates, sparklers, "
                       "lemons and limes, and party poppers. Pick up the folding chairs from Deb on the "
                       "thirtieth. And batteries for the speaker."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def text_w(d: ImageDraw.ImageDraw, s: str, f) -> int:
    return int(d.textlength(s, font=f))


def phone_screen(title: str, bar: tuple[int, int, int], body, size=(720, 1400), clock="07:12") -> Image.Image:
    """An Android/iPhone screenshot: a status bar, a coloured app bar with ``title``, and a body drawn by
    ``body(img, draw, top_y)``."""
    w, h = size
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 48], fill=tuple(max(0, c - 30) for c in bar))
    d.text((24, 10), clock, fill="white", font=font(BOLD, 24))
    d.text((w - 120, 10), "5G  82%", fill="white", font=font(SANS, 22))
    d.rectangle([0, 48, w, 140], fill=bar)
    d.text((28, 72), title, fill="white", font=font(BOLD, 34))
    body(img, d, 170)
    return img


def desktop_window(title: str, body, size=(1280, 800)) -> Image.Image:
    """A Windows-style browser/mail window on a plain desktop, with a taskbar."""
    w, h = size
    img = Image.new("RGB", size, (32, 86, 140))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 30, w - 40, h - 70], fill="white", outline=(160, 160, 160))
    d.rectangle([40, 30, w - 40, 70], fill=(235, 235, 235))
    d.text((56, 40), title, fill=(40, 40, 40), font=font(SANS, 18))
    for i, c in enumerate("-x"):
        d.text((w - 110 + 36 * i, 38), c, fill=(60, 60, 60), font=font(SANS, 20))
    d.rectangle([0, h - 48, w, h], fill=(30, 30, 38))
    d.text((w - 150, h - 38), "17:48  02/12/2026", fill="white", font=font(SANS, 16))
    body(img, d, 100)
    return img


def paper(size, fill=(250, 249, 245)) -> Image.Image:
    return Image.new("RGB", size, fill)


def scanned(doc: Image.Image, seed: int, grey: bool = False) -> Image.Image:
    """A flat scan: a little blur and noise, optionally greyscale."""
    img = photo_finish(doc, seed, noise=3.0, blur=0.4)
    return ImageOps.grayscale(img).convert("RGB") if grey else img


# --------------------------------------------------------------------------- text images


def boarding_pass() -> Image.Image:
    def body(img, d, y):
        d.text((40, y), "Boarding pass", fill=(20, 40, 90), font=font(BOLD, 40))
        y += 70
        rows = [("PASSENGER", "MS HANNAH OKAFOR"), ("FLIGHT", "SK 2418"),
                ("FROM", "London Gatwick (LGW)"), ("TO", "Tenerife South (TFS)"),
                ("DATE", "Sat 02 Jan 2027"), ("DEPARTS", "06:40"), ("GATE CLOSES", "06:10"),
                ("SEAT", "14C"), ("BOARDING GROUP", "2"), ("BOOKING REF", "7QKD2P")]
        for k, v in rows:
            d.text((40, y), k, fill=(120, 120, 120), font=font(SANS, 22))
            d.text((40, y + 28), v, fill=(15, 15, 15), font=font(BOLD, 34))
            y += 88
        d.rectangle([40, y + 10, 680, y + 60], fill=(255, 236, 200))
        d.text((56, y + 22), "Cabin bag only (max 10 kg). Gate: see screens.", fill=(90, 60, 0), font=font(SANS, 22))
        # a fake barcode
        for i in range(70):
            if (i * 7) % 3:
                d.rectangle([120 + i * 7, y + 90, 123 + i * 7, y + 170], fill="black")

    return phone_screen("SKYLARK AIR", (28, 60, 140), body, clock="05:52")


def energy_bill() -> Image.Image:
    doc = paper((820, 1060))
    d = ImageDraw.Draw(doc)
    d.text((50, 40), "Northgate Energy", fill=(0, 110, 90), font=font(BOLD, 40))
    d.text((50, 95), "Your winter bill", fill=(30, 30, 30), font=font(SANS, 28))
    lines = ["Mr D. Kowalczyk", "22 Ferndale Road", "Harrogate HG1 4PL", "",
             "Account number: 8830 1174 52", "Bill date: 1 December 2026",
             "Billing period: 1 Sep - 30 Nov 2026", ""]
    y = draw_lines(doc, (50, 150), lines, font(SANS, 24), fill=(30, 30, 30), gap=8)
    items = [("Electricity  1,284 kWh", "£331.90"), ("Gas  2,960 kWh", "£186.22"),
             ("Standing charges", "£58.41"), ("Payments received", "-£364.05")]
    f = font(SANS, 24)
    for k, v in items:
        d.text((50, y), k, fill=(30, 30, 30), font=f)
        d.text((770 - text_w(d, v, f), y), v, fill=(30, 30, 30), font=f)
        y += 40
    d.line([50, y + 5, 770, y + 5], fill=(0, 110, 90), width=3)
    fb = font(BOLD, 32)
    d.text((50, y + 20), "Amount due", fill=(0, 0, 0), font=fb)
    d.text((770 - text_w(d, "£212.48", fb), y + 20), "£212.48", fill=(0, 0, 0), font=fb)
    y += 80
    draw_lines(doc, (50, y), ["Please pay by 18 December 2026.", "Pay online, by direct debit or call 0345 600 2210.",
                               "Next meter reading due: March 2027."], font(SANS, 22), fill=(50, 50, 50), gap=10)
    return scanned(doc, 2001)


def school_sms() -> Image.Image:
    def body(img, d, y):
        d.text((300, y), "Today 06:58", fill=(120, 120, 120), font=font(SANS, 20))
        msg = ["Ashgrove Primary: Due to heavy", "snow and icy paths the school", "will be CLOSED today, Thursday",
               "3 December. Breakfast club is", "cancelled. Remote learning packs", "are on the website under",
               "'Class Pages'. We will update by", "4pm about tomorrow. Stay safe.", "Mrs Patel, Headteacher"]
        d.rounded_rectangle([30, y + 40, 560, y + 60 + 40 * len(msg)], radius=26, fill=(232, 234, 240))
        draw_lines(img, (52, y + 52), msg, font(SANS, 28), fill=(20, 20, 20), gap=12)
        d.rectangle([0, 1300, 720, 1400], fill=(245, 245, 245))
        d.rounded_rectangle([30, 1320, 600, 1380], radius=30, fill="white", outline=(200, 200, 200))
        d.text((60, 1335), "Text message", fill=(150, 150, 150), font=font(SANS, 24))

    return phone_screen("AshgrovePri", (60, 64, 72), body, clock="06:58")


def vet_card() -> Image.Image:
    doc = paper((640, 400), fill=(235, 246, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 640, 64], fill=(0, 120, 150))
    d.text((24, 14), "RIVERSIDE VETS", fill="white", font=font(BOLD, 32))
    d.text((400, 22), "Appointment card", fill="white", font=font(SANS, 20))
    lines = ["Pet: Pumpkin (cat)     Owner: J. Moreau", "Annual booster vaccination + health check",
             "Date:", "Vet:", "",
             "Please bring the vaccination card.", "Cats must come in a carrier.  Cost: £58",
             "To change, call 01632 960 441"]
    draw_lines(doc, (24, 84), lines, font(SANS, 21), fill=(20, 40, 50), gap=11)
    hand = font(HAND_BOLD, 26)
    d.text((100, 144), "Tue 15 Dec 2026, 4:20 pm", fill=(25, 35, 130), font=hand)
    d.text((100, 176), "Dr Ellis Haines", fill=(25, 35, 130), font=hand)
    return photographed(doc, 2004, angle=-3.5, bg=(120, 98, 80))


def hardware_receipt() -> Image.Image:
    doc = paper((420, 700), fill=(252, 252, 248))
    f, fb = font(MONO, 20), font(MONO_BOLD, 22)
    lines = ["   FENWICK HARDWARE", "     14 Mill Lane", "  29/11/2026  16:10", "-" * 32,
             "Snow shovel            24.99", "Rock salt 25kg          9.50", "Ice scraper + mitt      3.99",
             "Draught excluder        6.49", "-" * 32]
    y = draw_lines(doc, (20, 30), lines, f, gap=10)
    d = ImageDraw.Draw(doc)
    d.text((20, y), "TOTAL             £44.97", fill="black", font=fb)
    draw_lines(doc, (20, y + 50), ["Card ****5521", "", "Returns within 28 days", "with receipt.", "",
                                   "   Thank you!"], f, gap=10)
    return photographed(doc, 2005, angle=2.0, bg=(60, 62, 70))


def babysitter_note() -> Image.Image:
    doc = paper((620, 760), fill=(255, 253, 225))
    d = ImageDraw.Draw(doc)
    for y in range(90, 760, 46):
        d.line([0, y, 620, y], fill=(170, 200, 230), width=1)
    d.line([60, 0, 60, 760], fill=(230, 150, 150), width=2)
    lines = ["Hi Zoe!", "Mila had pasta at 6, bath is done.", "Bedtime 7:45 - one story + the",
             "star nightlight.", "No more snacks after 7 please!", "We're back by 11:30.",
             "Emergency: Sam 07700 900318", "Pizza money is under the fruit bowl.", "Thank you!!  S & T"]
    y = 50
    for i, line in enumerate(lines):
        d.text((75, y), line, fill=(25, 35, 120), font=font(HAND_BOLD if i in (0, 8) else HAND, 32))
        y += 46 if i else 56
    return photographed(doc, 2006, angle=-5.0, bg=(200, 196, 188))


def chimney_notice() -> Image.Image:
    doc = paper((760, 1000), fill=(255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.text((40, 40), "Bezirksschornsteinfegermeister", fill=(20, 20, 20), font=font(SANS, 26))
    d.text((40, 76), "Markus Thiel", fill=(20, 20, 20), font=font(BOLD, 30))
    d.text((40, 150), "ANKÜNDIGUNG", fill=(170, 20, 20), font=font(BOLD, 52))
    d.text((40, 220), "Feuerstättenschau", fill=(20, 20, 20), font=font(BOLD, 38))
    lines = ["Lindenweg 7, alle Wohnungen", "", "Mittwoch, 13.01.2027", "zwischen 8:00 und 12:00 Uhr", "",
             "Bitte ermöglichen Sie den Zugang", "zu Heizungsraum, Dachboden", "und Kaminöfen.", "",
             "Falls Sie verhindert sind, melden Sie", "sich bitte bis 08.01.2027:", "Tel. 0761 555 2917"]
    draw_lines(doc, (40, 290), lines, font(SANS, 30), fill=(20, 20, 20), gap=14)
    # taped to a stairwell wall
    d.rectangle([330, 0, 430, 24], fill=(230, 225, 190))
    return photographed(doc, 2007, angle=1.5, bg=(196, 190, 170), pad=40)


def water_notice() -> Image.Image:
    doc = paper((760, 1000), fill=(255, 255, 250))
    d = ImageDraw.Draw(doc)
    d.text((40, 40), "RÉSIDENCE LES TILLEULS", fill=(20, 50, 110), font=font(BOLD, 34))
    d.text((40, 100), "AVIS AUX RÉSIDENTS", fill=(20, 20, 20), font=font(SANS, 30))
    d.rectangle([40, 160, 720, 240], fill=(200, 30, 30))
    d.text((70, 175), "COUPURE D'EAU", fill="white", font=font(BOLD, 48))
    lines = ["Mardi 8 décembre 2026", "de 9h00 à 16h00", "Bâtiments A et B", "",
             "Motif : remplacement de la", "colonne montante.", "", "Pensez à faire des réserves d'eau.",
             "Merci de votre compréhension.", "", "Le syndic - Cabinet Roussel", "Gardien : M. Diallo, 06 12 34 56 78"]
    draw_lines(doc, (40, 270), lines, font(SANS, 30), fill=(20, 20, 20), gap=14)
    return photographed(doc, 2008, angle=-2.0, bg=(150, 140, 120), pad=36)


def cabalgata() -> Image.Image:
    def body(img, d, y):
        d.rectangle([80, y, 1200, y + 60], fill=(120, 20, 60))
        d.text((100, y + 14), "Ayuntamiento de Villanueva del Prado", fill="white", font=font(BOLD, 26))
        d.text((100, y + 90), "CABALGATA DE REYES 2027", fill=(120, 20, 60), font=font(BOLD, 46))
        lines = ["Martes 5 de enero, 18:00 h", "",
                 "Recorrido: Plaza Mayor - Calle Real - Avenida de la Constitución - Iglesia de San Pedro",
                 "La carroza 3 reparte caramelos sin gluten.",
                 "Cortes de tráfico en el centro desde las 16:00 h.", "",
                 "Buzón Real: recogida de cartas a los Reyes Magos",
                 "2 y 3 de enero, de 11:00 a 14:00, en la Casa de Cultura."]
        draw_lines(img, (100, y + 170), lines, font(SANS, 26), fill=(30, 30, 30), gap=14)

    return desktop_window("villanuevadelprado.es/cabalgata - Navegador", body)


def train_ticket() -> Image.Image:
    def body(img, d, y):
        d.text((40, y), "Il tuo biglietto", fill=(150, 0, 30), font=font(BOLD, 40))
        rows = [("Milano Centrale", "07:35"), ("Napoli Centrale", "12:28")]
        y += 80
        for k, v in rows:
            d.text((40, y), v, fill=(10, 10, 10), font=font(BOLD, 40))
            d.text((190, y + 4), k, fill=(10, 10, 10), font=font(SANS, 34))
            y += 70
        info = ["mercoledì 23 dicembre 2026", "Treno TR 9517", "Carrozza 7  -  Posto 12A (finestrino)",
                "Passeggero: Giulia Ferraro", "Offerta Economy", "Totale 59,90 €", "Codice PNR: QX7T4M"]
        y = draw_lines(img, (40, y + 20), info, font(SANS, 30), fill=(30, 30, 30), gap=22)
        d.text((40, y + 30), "Mostra il biglietto al controllore.", fill=(110, 110, 110), font=font(SANS, 24))

    return phone_screen("TRENI RAPIDI", (150, 0, 30), body, clock="20:33")


def tree_letter() -> Image.Image:
    doc = paper((820, 1080))
    d = ImageDraw.Draw(doc)
    d.text((50, 40), "Gemeente Lindendal", fill=(0, 80, 150), font=font(BOLD, 38))
    lines = ["Aan de bewoners van dit adres", "Datum: 1 december 2026", "Onderwerp: inzameling kerstbomen", "",
             "Beste bewoner,", "",
             "Op woensdag 6 januari 2027 halen wij de kerstbomen op.",
             "Zet uw boom zonder versiering en zonder pot vóór",
             "7.30 uur aan de straat.", "",
             "Kinderen kunnen bomen ook zelf inleveren op het",
             "Kerkplein, van 13.00 tot 16.00 uur. Zij krijgen",
             "50 cent per boom.", "", "Vragen? Bel 14 0578.", "", "Met vriendelijke groet,", "Afdeling Afval"]
    draw_lines(doc, (50, 120), lines, font(SERIF, 28), fill=(25, 25, 25), gap=12)
    return scanned(doc, 2011, grey=True)


def inspection() -> Image.Image:
    doc = paper((820, 1080))
    d = ImageDraw.Draw(doc)
    d.text((50, 40), "Centro de Inspeções Auto Matosinhos", fill=(20, 20, 20), font=font(SERIF_BOLD, 34))
    d.text((50, 95), "Ficha de Inspeção Periódica", fill=(20, 20, 20), font=font(SERIF, 30))
    lines = ["Matrícula: 45-TX-82", "Marca / Modelo: Renault Clio", "Data da inspeção: 01/12/2026", ""]
    y = draw_lines(doc, (50, 170), lines, font(SERIF, 28), fill=(25, 25, 25), gap=12)
    d.rectangle([50, y, 500, y + 60], outline=(0, 120, 0), width=4)
    d.text((66, y + 10), "RESULTADO: APROVADO", fill=(0, 120, 0), font=font(SERIF_BOLD, 32))
    lines = ["", "Deficiências: escova limpa-vidros", "gasta (tipo 1)", "",
             "Próxima inspeção até: 01/12/2027", "Valor pago: 35,50 €", "", "O inspetor: R. Sampaio"]
    draw_lines(doc, (50, y + 70), lines, font(SERIF, 28), fill=(25, 25, 25), gap=12)
    return scanned(doc, 2012)


def wifi_card() -> Image.Image:
    doc = paper((700, 820), fill=(247, 240, 226))
    d = ImageDraw.Draw(doc)
    d.rectangle([14, 14, 686, 806], outline=(110, 70, 40), width=8)
    d.text((50, 50), "Willkommen im", fill=(110, 70, 40), font=font(SERIF, 34))
    d.text((50, 95), "Chalet Alpenrose!", fill=(110, 70, 40), font=font(SERIF_BOLD, 46))
    lines = ["WLAN: Alpenrose_Gast", "Passwort: Zirbe-2026!", "",
             "Check-out: Sonntag bis 10:00 Uhr", "Schlüssel bitte in die Box", "neben der Haustür", "",
             "Skikeller-Code: 4711", "Mülltonnen hinter dem Haus", "",
             "Brötchenservice: Zettel bis", "18 Uhr an die Tür hängen"]
    draw_lines(doc, (50, 190), lines, font(SANS, 30), fill=(40, 30, 20), gap=12)
    return photographed(doc, 2013, angle=3.0, bg=(150, 110, 70), pad=40)


def library_email() -> Image.Image:
    def body(img, d, y):
        d.text((80, y), "Overdue items reminder", fill=(20, 20, 20), font=font(BOLD, 30))
        d.text((80, y + 46), "From: Greenfield Libraries <noreply@greenfield-libraries.example>",
               fill=(90, 90, 90), font=font(SANS, 18))
        lines = ["Dear Mr Adeyemi,", "", "The following items on your card are overdue:",
                 "  - The Winter Garden (book) - due 26 Nov 2026",
                 "  - Knitting for Beginners (book) - due 26 Nov 2026",
                 "  - Paw Patrol: Snow Rescue (DVD) - due 28 Nov 2026", "",
                 "Overdue charge: 25p per item per day (children's items are free).",
                 "Renew online or call 0300 123 4567.", "",
                 "Please note: all branches are closed from 24 December to 1 January."]
        draw_lines(img, (80, y + 100), lines, font(SANS, 22), fill=(30, 30, 30), gap=12)

    return desktop_window("Inbox - Outlook", body)


def gym_poster() -> Image.Image:
    doc = paper((760, 1000), fill=(255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 760, 170], fill=(10, 90, 60))
    d.text((40, 30), "IRONBRIDGE LEISURE CENTRE", fill="white", font=font(BOLD, 34))
    d.text((40, 90), "NEW YEAR CLASS TIMETABLE", fill=(255, 220, 80), font=font(BOLD, 36))
    d.text((40, 190), "from Monday 4 January 2027", fill=(20, 20, 20), font=font(SANS, 28))
    rows = [("MON", "18:00", "Spin", "Studio 2"), ("TUE", "07:00", "Pilates", "Studio 1"),
            ("WED", "19:15", "HIIT", "Sports hall"), ("THU", "18:30", "Aqua fit", "Main pool"),
            ("SAT", "09:30", "Couch to 5K", "Meet at reception")]
    y = 260
    for day, t, c, where in rows:
        d.text((40, y), day, fill=(10, 90, 60), font=font(BOLD, 30))
        d.text((130, y), t, fill=(20, 20, 20), font=font(SANS, 30))
        d.text((250, y), c, fill=(20, 20, 20), font=font(BOLD, 30))
        d.text((480, y), where, fill=(60, 60, 60), font=font(SANS, 26))
        y += 70
    d.rectangle([40, y + 30, 720, y + 110], fill=(255, 220, 80))
    d.text((60, y + 50), "No joining fee until 31 January!", fill=(20, 20, 20), font=font(BOLD, 32))
    d.text((40, y + 140), "Book on the app or at reception.", fill=(20, 20, 20), font=font(SANS, 26))
    return photographed(doc, 2015, angle=-1.5, bg=(180, 185, 190), pad=40)


def party_invite() -> Image.Image:
    img = gradient((720, 960), (120, 190, 240), (235, 245, 255))
    d = ImageDraw.Draw(img)
    for i in range(40):  # snowflake dots
        x, y = (i * 97) % 720, (i * 61) % 960
        d.ellipse([x, y, x + 8, y + 8], fill="white")
    d.text((60, 60), "Noah is turning 7!", fill=(20, 40, 110), font=font(BOLD, 58))
    d.text((60, 150), "Ice skating party", fill=(200, 40, 80), font=font(BOLD, 48))
    lines = ["Sunday 17 January 2027, 2-4 pm", "Glacier Ice Rink, Marlow Road", "",
             "Skates and helmets provided -", "wear gloves!", "Hot chocolate & cake afterwards", "",
             "RSVP to Hannah by 10 January:", "07700 900 562"]
    draw_lines(img, (60, 260), lines, font(SANS, 34), fill=(20, 30, 60), gap=16)
    return img


def lift_board() -> Image.Image:
    """Album photo: a lift-status board at the valley station (text)."""
    img = gradient((1000, 750), (110, 160, 220), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 560, 1000, 750], fill=(235, 240, 248))
    d.rectangle([180, 500, 200, 700], fill=(90, 70, 50))
    d.rectangle([800, 500, 820, 700], fill=(90, 70, 50))
    d.rectangle([120, 60, 880, 540], fill=(25, 45, 70), outline=(90, 70, 50), width=14)
    d.text((150, 85), "BERGBAHNEN TAUERNBLICK", fill="white", font=font(BOLD, 36))
    d.text((150, 135), "Heute / Today  28.11.2026", fill=(255, 210, 80), font=font(BOLD, 30))
    lines = ["Lifte / Lifts: 8:30 - 16:15", "Piste 12: GESPERRT / CLOSED", "Lawinenwarnstufe / Avalanche: 3",
             "Schnee Berg 85 cm  -  Tal 40 cm", "Temperatur Berg: -9 °C", "Skibus alle 20 Minuten"]
    draw_lines(img, (150, 195), lines, font(SANS, 32), fill="white", gap=16)
    return photo_finish(img, 2101, noise=5.0, blur=0.7)


# --------------------------------------------------------------------------- photos


def snowy_peaks(img: Image.Image, base: int, seed_shift: int = 0) -> None:
    d = ImageDraw.Draw(img)
    w = img.size[0]
    peaks = [(-100, 380), (150, 120), (330, 260), (520, 90), (760, 230), (950, 110), (1150, 300)]
    pts = [(x, y + seed_shift) for x, y in peaks]
    d.polygon([(-100, base)] + pts + [(w + 100, base)], fill=(120, 130, 150))
    for x, y in pts[1:-1]:  # snow caps
        d.polygon([(x, y), (x - 110, y + 150), (x - 40, y + 125), (x, y + 160), (x + 50, y + 120),
                   (x + 110, y + 150)], fill=(250, 252, 255))
    d.rectangle([0, base, w, img.size[1]], fill=(240, 244, 250))


def pine(d: ImageDraw.ImageDraw, x: int, y: int, s: int, snow: bool = True) -> None:
    d.rectangle([x - s // 10, y, x + s // 10, y + s // 3], fill=(80, 55, 35))
    for i in range(3):
        top = y - s + i * s // 3
        d.polygon([(x, top), (x - s // 2 + i * 4, top + s // 2 + 10), (x + s // 2 - i * 4, top + s // 2 + 10)],
                  fill=(20, 80, 45))
        if snow:
            d.polygon([(x, top), (x - s // 6, top + s // 6), (x + s // 6, top + s // 6)], fill=(245, 248, 252))


def gondola() -> Image.Image:
    img = gradient((1000, 750), (40, 110, 210), (170, 205, 240))
    snowy_peaks(img, 560)
    d = ImageDraw.Draw(img)
    for x in (60, 900):
        pine(d, x, 620, 120)
    d.line([(-10, 40), (1010, 430)], fill=(40, 40, 40), width=4)  # the cable
    d.polygon([(720, 290), (760, 290), (745, 750), (735, 750)], fill=(150, 150, 160))  # a pylon
    d.rectangle([700, 270, 780, 300], fill=(90, 90, 100))
    cx, cy = 420, 201  # hanger on the cable
    d.line([(cx, cy), (cx, cy + 80)], fill=(50, 50, 50), width=6)
    d.rounded_rectangle([cx - 85, cy + 80, cx + 85, cy + 260], radius=22, fill=(200, 25, 35))
    for i in range(3):
        d.rectangle([cx - 70 + i * 50, cy + 100, cx - 35 + i * 50, cy + 170], fill=(170, 210, 235))
    d.rectangle([cx - 85, cy + 230, cx + 85, cy + 245], fill=(240, 240, 240))
    return photo_finish(img, 2102, noise=4.0, blur=0.9)


def chalet() -> Image.Image:
    img = gradient((1000, 750), (20, 30, 70), (120, 90, 140))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 540, 1000, 750], fill=(205, 215, 235))
    for x, s in ((90, 260), (200, 200), (880, 280), (780, 190)):
        pine(d, x, 540, s)
    d.rectangle([300, 330, 700, 600], fill=(110, 70, 40))  # walls
    for y in range(340, 600, 22):
        d.line([300, y, 700, y], fill=(85, 52, 30), width=3)
    d.polygon([(260, 340), (500, 170), (740, 340)], fill=(70, 45, 30))  # roof
    d.polygon([(262, 330), (500, 158), (738, 330), (700, 330), (500, 190), (300, 330)], fill=(250, 252, 255))
    d.rectangle([610, 190, 650, 260], fill=(90, 85, 85))  # chimney
    d.rectangle([606, 178, 654, 192], fill=(250, 252, 255))
    for x in (340, 460, 580):
        d.rectangle([x, 380, x + 70, 450], fill=(255, 200, 90))
        d.line([x + 35, 380, x + 35, 450], fill=(90, 55, 30), width=4)
    d.rectangle([460, 490, 540, 600], fill=(70, 40, 25))
    d.rectangle([290, 600, 710, 625], fill=(250, 252, 255))
    d.ellipse([80, 60, 110, 90], fill=(240, 240, 220))  # first star / planet
    return photo_finish(img, 2103, noise=6.0, blur=0.9)


def sledge() -> Image.Image:
    img = gradient((1000, 750), (150, 180, 215), (225, 232, 242))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 380, 1000, 750], fill=(242, 245, 250))
    for x, s in ((80, 300), (230, 240), (380, 280), (700, 260), (860, 320)):
        pine(d, x, 380, s)
    # a red wooden sledge, seen from the side: slatted seat on four posts, two curled metal runners
    d.rectangle([330, 560, 700, 585], fill=(190, 30, 30))
    for x in range(345, 700, 60):
        d.line([(x, 560), (x, 585)], fill=(140, 20, 20), width=3)
    for x in (360, 440, 600, 670):
        d.rectangle([x - 7, 585, x + 7, 650], fill=(160, 25, 25))
    d.line([(300, 655), (720, 655)], fill=(90, 90, 100), width=10)
    d.arc([260, 590, 340, 670], start=90, end=270, fill=(90, 90, 100), width=10)
    d.line([(300, 590), (335, 572)], fill=(90, 90, 100), width=8)
    for x in range(0, 1000, 37):  # footprints in the snow
        d.ellipse([x, 700 + (x % 3) * 10, x + 14, 708 + (x % 3) * 10], fill=(215, 222, 235))
    return photo_finish(img, 2104, noise=5.0, blur=0.9)


def coffee() -> Image.Image:
    return photo_finish(skimage_photo("coffee", size=(900, 600)), 2105, noise=3.0, blur=0.3)


def cat() -> Image.Image:
    return photo_finish(skimage_photo("chelsea", size=(900, 600)), 2201, noise=3.0, blur=0.3)


def old_photo() -> Image.Image:
    img = skimage_photo("camera", size=(640, 640))
    img = tint(img, (1.08, 0.98, 0.82))  # faded sepia
    framed = Image.new("RGB", (700, 700), (236, 230, 214))
    framed.paste(img, (30, 30))
    return photo_finish(framed, 2202, noise=4.0, blur=0.4)


def galaxies() -> Image.Image:
    return photo_finish(skimage_photo("hubble_deep_field", size=(860, 740)), 2203, noise=2.0, blur=0.2)


def retina() -> Image.Image:
    return skimage_photo("retina", size=(720, 720))


def snowed_car() -> Image.Image:
    """A small red hatchback buried in snow on a street at dawn, a street lamp still lit."""
    img = gradient((1000, 750), (90, 100, 125), (190, 190, 205))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 1000, 470], fill=(150, 120, 105))  # a brick terrace behind
    for x in range(60, 1000, 230):
        d.rectangle([x, 220, x + 110, 330], fill=(70, 80, 95))
        d.rectangle([x, 210, x + 110, 222], fill=(245, 247, 250))
    d.rectangle([0, 470, 1000, 750], fill=(236, 240, 247))
    d.rectangle([860, 120, 874, 620], fill=(50, 55, 60))  # street lamp
    d.ellipse([825, 95, 910, 150], fill=(255, 220, 140))
    d.rounded_rectangle([220, 440, 740, 600], radius=40, fill=(175, 25, 30))  # body
    d.polygon([(300, 440), (370, 340), (600, 340), (680, 440)], fill=(165, 22, 28))  # cabin
    d.polygon([(320, 435), (380, 355), (480, 355), (480, 435)], fill=(120, 140, 160))
    d.polygon([(495, 435), (495, 355), (590, 355), (660, 435)], fill=(120, 140, 160))
    d.ellipse([360, 280, 620, 380], fill=(250, 251, 255))  # snow on the roof
    d.ellipse([200, 405, 380, 470], fill=(250, 251, 255))  # snow on the bonnet
    d.ellipse([600, 405, 760, 470], fill=(250, 251, 255))
    for x in (270, 610):
        d.ellipse([x, 550, x + 100, 650], fill=(30, 30, 30))
    d.rectangle([150, 610, 820, 700], fill=(246, 248, 252))  # drift over the wheels
    d.rectangle([710, 470, 738, 500], fill=(255, 230, 150))  # headlight
    return photo_finish(img, 2205, noise=5.0, blur=0.9)


IMAGES = {
    "IMG_5012.PNG": boarding_pass,
    "CamScanner 12-01-2026 09.12.jpg": energy_bill,
    "Screenshot_2026-12-03-06-58-41-221_com.google.android.apps.messaging.jpg": school_sms,
    "IMG_20261130_184512.jpg": vet_card,
    "IMG_E5033.JPG": hardware_receipt,
    "image0.jpeg": babysitter_note,
    "WhatsApp Bild 2026-12-02 um 08.14.22.jpeg": chimney_notice,
    "photo_2026-12-02_19-05-47.jpg": water_notice,
    "Captura de pantalla (42).png": cabalgata,
    "Screenshot_20261202_203311.jpg": train_ticket,
    "scan_2026-12-01_143005.jpg": tree_letter,
    "Documento digitalizado 2.jpg": inspection,
    "IMG_5077.JPG": wifi_card,
    "Screenshot 2026-12-02 174809.png": library_email,
    "PC020045.JPG": gym_poster,
    "FB_IMG_1796133812345.jpg": party_invite,
    "20261128_091544.jpg": cat,
    "EPSON002.JPG": old_photo,
    "_MG_0412.JPG": galaxies,
    "OD_20261126_1012.jpg": retina,
    "IMG_5101.jpeg": snowed_car,
    f"{ALBUM}/DSCF4102.JPG": gondola,
    f"{ALBUM}/DSCF4109.JPG": lift_board,
    f"{ALBUM}/DSCF4117.JPG": chalet,
    f"{ALBUM}/DSCF4123.JPG": sledge,
    f"{ALBUM}/DSCF4130.JPG": coffee,
}

def main() -> None:
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=155, pause=0.4, max_seconds=40)
    paths += synthesize(SPEECH_WAV, HERE, speed=160, pause=0.4, lossless_rate=8000, max_seconds=18)
    report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
