"""Generate the fixture files of the twenty-fourth held-out routing set (bench/routing_heldout24/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout24/make_fixtures.py

Needs Pillow, numpy and scikit-image (its bundled samples ``moon`` and ``hubble_deep_field``,
no download), plus espeak-ng and ffmpeg on PATH. Written on the shared helpers in
bench/routing_files/fixture_kit.py; the output is deterministic (drawn with fixed coordinates, seeded
noise, bitexact audio encoding), so rerunning reproduces every file byte for byte.

Scenario: winter 2027-28 (December-January): a family Christmas at Pennyworth Farmhouse, a ski week in
St. Anton am Arlberg, two New Year's Eve parties, a boiler breakdown, a Year 2 nativity play, the
Nuremberg Christkindlesmarkt, Reyes in Spain, the Befana in Urbania, a bolo-rei in Portugal, a new job at
Halvorsen Analytics, and a flu with a surgery call, a pharmacy label and a French doctor's appointment.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
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
)
from PIL import Image, ImageDraw  # noqa: E402

ALBUM = "arlberg_ski_jan2028"

# --------------------------------------------------------------------------- speech

SPEECH = {
    "AUD-20271218-WA0014.opus": [("en-gb+f3",
        "Hi love, it's Auntie Maureen. Just about Christmas at Pennyworth Farmhouse. Can you all get here by "
        "four on Christmas Eve, because we're doing the carols at Saint Mary's at half past six. You're on "
        "trifle duty, and please bring the folding chairs from your garage. Grandpa Frank is ninety on Boxing "
        "Day, so we're doing a cake at lunch, but keep it a surprise. The Secret Santa limit is twenty pounds. "
        "Ring me if the roads are icy.")],
    "Voice 003.m4a": [("en-gb-x-gbcwmd",
        "Right, so the fault code F twenty-eight means it's not igniting. I've checked the gas supply and "
        "that's fine, so it's the gas valve. I've ordered the part, it should be here Tuesday the twenty-first, "
        "and I'll come back first thing, about eight. Meanwhile keep the electric heaters on, and don't keep "
        "pressing the reset button, twice at most. The pressure is at nought point six, so top it up to one "
        "point two with the filling loop under the boiler.")],
    "271220_0930.MP3": [("en-us",
        "Hi Nadia, this is Marcus Webb from people operations at Halvorsen Analytics. Welcome aboard! Just "
        "confirming your first day is Monday, January third. Please come to reception on the fourth floor at "
        "eight forty-five and ask for me. Bring your passport, or your driver's license plus your Social "
        "Security card, for the I-9 form. IT will set up your laptop at ten, and the team is taking you to "
        "lunch at noon at Marlow's. Parking is in garage B, level two, and I'll have a visitor pass waiting.")],
    "TASCAM_0007.wav": [("en-gb-x-rp+f2",
        "Nativity notes. The performances are on Thursday the sixteenth, at two and at six. Shepherds need a "
        "tea towel and a dressing gown. Angels wear white, with tinsel. Children arrive half an hour early.")],
    "audio_2027-12-21_19-04-33.ogg": [("en-gb-scotland",
        "Hey, Tom here about Saint Anton. Our flight lands in Innsbruck at one fifteen on Saturday the eighth. "
        "The transfer bus leaves at two from the arrivals hall, look for the blue Arlberg Express sign. Ski hire "
        "is booked at Sport Alpin on the main street, so we pick up the skis on Saturday evening before six. "
        "The six-day lift pass is two hundred and ninety euros, and we'll buy them on Sunday morning at the "
        "Galzig station. Bring your helmet and goggles, and pack a swimsuit for the hotel spa.")],
    "Sprachmemo 2027-12-07.m4a": [("de+f2",
        "Hallo Jonas, hier ist Katrin. Wir treffen uns am Samstag, dem elften Dezember, um fünf Uhr nachmittags "
        "am Schönen Brunnen auf dem Christkindlesmarkt. Bring bitte Bargeld mit, nicht alle Stände nehmen "
        "Karte. Ich will Lebkuchen für Oma kaufen und eine Krippenfigur. Der letzte Zug zurück nach Erlangen "
        "fährt um einundzwanzig Uhr vierzig. Zieh dich warm an, es soll schneien.")],
    "Nueva grabación 3.m4a": [("es+f4",
        "Hola, cariño, soy la abuela. La cabalgata de Reyes es el miércoles cinco a las seis de la tarde, y la "
        "vemos desde el balcón de la tía Pilar en la calle Mayor. El roscón lo he encargado en la pastelería "
        "La Espiga, y hay que recogerlo el jueves seis a las diez. Que los niños dejen los zapatos en el salón "
        "y agua para los camellos. La comida de Reyes es a las dos en mi casa; no traigáis nada, solo hambre.")],
    "Voce 005.m4a": [("it+f3",
        "Ciao Matteo, sono la zia Lucia. Per la Befana ci vediamo giovedì sei gennaio a Urbania; la festa in "
        "piazza comincia alle dieci. Porta le calze dei bambini, le riempio io con le caramelle e un po' di "
        "carbone dolce per Marco. Il pranzo è alle tredici alla trattoria Il Gufo, ho prenotato per otto "
        "persone. Parcheggia vicino al ponte, perché il centro è chiuso alle auto.")],
    "Nouvel enregistrement 5.m4a": [("fr+f2",
        "Bonjour, ici le secrétariat du docteur Claire Lemaire. Votre rendez-vous est déplacé au jeudi treize "
        "janvier à neuf heures quinze. Apportez votre carte Vitale et la liste de vos médicaments. Si la "
        "fièvre dépasse trente-neuf degrés avant le rendez-vous, appelez le quinze. Merci, et bon "
        "rétablissement.")],
    "Nieuwe opname 6.m4a": [("nl",
        "Hoi Lotte, met Joost. Oudejaarsavond vieren we bij ons in de Kerkstraat tweeëntwintig, vanaf negen "
        "uur. Femke bakt oliebollen; neem jij een fles bubbels mee? Om twaalf uur kijken we naar het vuurwerk "
        "op de dijk, dus trek warme laarzen aan. Er rijdt geen bus meer terug, maar je kunt op de bank "
        "slapen.")],
    "audioclip1830412290044.m4a": [("en-029+f3",
        "Hey girl, it's Keisha! New Year's Eve is at the Foundry Loft, doors at nine. The dress code is black "
        "and gold, no exceptions. Bring a dish to share, I'm thinking your famous mac and cheese. We'll do the "
        "countdown on the roof terrace, so bring a coat. Dev's cousin is driving people home after one, so "
        "text him to get on the list.")],
    "Call@Kingsmead Surgery(01632960418)_20280104101530.m4a": [
        ("en-gb+f4", "Kingsmead Surgery, Joanne speaking."),
        ("en-gb-x-gbclan", "Hi, I've had flu since Sunday, with a fever and a cough. I'd like to see a doctor."),
        ("en-gb+f4", "Doctor Bianchi can ring you back today at eleven twenty for a phone consultation, and if "
         "she needs to see you, there's a slot tomorrow at three forty. Please don't come in without ringing "
         "first, and if you get short of breath, call one one one."),
        ("en-gb-x-gbclan", "Thank you. Eleven twenty, then."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def card(size, lines, *, bg=(250, 248, 240), title=None, title_font=None, body=None, fill=(25, 25, 30),
         margin=28, gap=6, title_fill=None):
    """A plain document: an optional title, then lines (a line may be (text, font, colour))."""
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    y = margin
    if title:
        tf = title_font or font(BOLD, 30)
        d.text((margin, y), title, fill=title_fill or fill, font=tf)
        y += tf.size + 14
    body = body or font(SANS, 19)
    for line in lines:
        if isinstance(line, tuple):
            text, f, col = line
        else:
            text, f, col = line, body, fill
        d.text((margin, y), text, fill=col, font=f)
        y += f.size + gap
    return img


def screen(size, bar, bar_colour, lines, *, header=None, body=None):
    """A phone or desktop screenshot: a status bar, an app header band and text lines."""
    w, h = size
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 34], fill=(20, 20, 20))
    d.text((14, 8), bar, fill="white", font=font(SANS, 16))
    d.rectangle([0, 34, w, 100], fill=bar_colour)
    if header:
        d.text((20, 52), header, fill="white", font=font(BOLD, 26))
    y = 120
    body = body or font(SANS, 21)
    for line in lines:
        if isinstance(line, tuple):
            text, f, col = line
        else:
            text, f, col = line, body, (30, 30, 30)
        d.text((22, y), text, fill=col, font=f)
        y += f.size + 9
    return img


def snow(img, seed, n=220, r=(1, 3)):
    import random

    rng = random.Random(seed)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y, s = rng.randrange(w), rng.randrange(h), rng.randint(*r)
        d.ellipse([x - s, y - s, x + s, y + s], fill=(250, 250, 255))
    return img


def mountains(img, base, peaks, colour=(120, 130, 150), cap=(250, 250, 252)):
    d = ImageDraw.Draw(img)
    for (x, top, half) in peaks:
        d.polygon([(x - half, base), (x, top), (x + half, base)], fill=colour)
        d.polygon([(x - half * 0.3, top + (base - top) * 0.3), (x, top), (x + half * 0.3, top + (base - top) * 0.3)],
                  fill=cap)
    return img


# --------------------------------------------------------------------------- documents and screens


def hotel():
    b, s = font(BOLD, 22), font(SANS, 20)
    return screen((780, 900), "09:12   Mail — Inbox", (0, 53, 128), [
        ("Booking confirmed!", font(BOLD, 30), (0, 110, 40)),
        ("Hotel Arlberghof ****, St. Anton am Arlberg, Austria", b, (20, 20, 20)),
        "",
        "Check-in:   Sat 8 Jan 2028 (from 15:00)",
        "Check-out:  Sat 15 Jan 2028 (until 10:00)",
        "1 Superior double room, 2 adults, half board",
        ("Confirmation no.  4417.208.913     PIN  7730", b, (20, 20, 20)),
        "Total price:  € 2,436.00  (pay at the property)",
        ("Free cancellation until 1 Jan 2028, 23:59", s, (0, 110, 40)),
        "",
        "Ski room with boot heaters at the lift side",
        "Spa and pool open daily 15:00 – 20:00",
        "Ski bus stop: Arlberghof, every 15 min",
    ], header="Your booking")


def nl_invite():
    return screen((760, 820), "20:15   Berichten", (200, 40, 40), [
        ("Oudejaarsfeest bij Joost & Femke", font(BOLD, 28), (160, 20, 20)),
        "",
        "vrijdag 31 december 2027",
        "vanaf 21:00 uur",
        "Kerkstraat 22, Haarlem",
        "",
        "Oliebollen & appelflappen",
        "Vuurwerk om 00:00 op de dijk",
        "Neem een fles bubbels mee!",
        "Slapen op de bank kan :)",
    ], header="Uitnodiging")


def programme():
    t = font(SERIF_BOLD, 30)
    doc = card((700, 880), [
        ("Year 2 Nativity", font(SERIF_BOLD, 26), (30, 30, 90)),
        ("'The Starry Stable'", font(SERIF, 26), (30, 30, 90)),
        ("Thursday 16 December 2027", font(SERIF, 22), (20, 20, 20)),
        ("2.00 pm and 6.00 pm, school hall", font(SERIF, 22), (20, 20, 20)),
        ("", font(SERIF, 10), (0, 0, 0)),
        ("CAST", font(SERIF_BOLD, 22), (20, 20, 20)),
        ("Mary ........... Isla Brennan", font(SERIF, 21), (20, 20, 20)),
        ("Joseph ......... Theo Adeyemi", font(SERIF, 21), (20, 20, 20)),
        ("Innkeeper ...... Ruby Clarke", font(SERIF, 21), (20, 20, 20)),
        ("Head shepherd .. Oscar Lynch", font(SERIF, 21), (20, 20, 20)),
        ("Star ........... Maisie Chen", font(SERIF, 21), (20, 20, 20)),
        ("Donkey ......... Alfie Ward", font(SERIF, 21), (20, 20, 20)),
        ("", font(SERIF, 10), (0, 0, 0)),
        ("SONGS: Little Donkey, Away in a Manger,", font(SERIF, 20), (20, 20, 20)),
        ("Shine Bright Star", font(SERIF, 20), (20, 20, 20)),
        ("Retiring collection for Rainbow Children's Hospice", font(SERIF, 18), (20, 20, 20)),
        ("Please no photos during the songs", font(SERIF_BOLD, 19), (150, 20, 20)),
    ], title="St Columba's Primary School", title_font=t, bg=(255, 252, 235))
    return photographed(doc, seed=301, angle=2.0, bg=(90, 60, 40)).resize((600, 788))


def jobsheet():
    m = font(MONO, 19)
    doc = card((760, 940), [
        "Job Sheet No. 30817          Date: 21/12/2027",
        "Customer: Mrs G. Fairlie, 12 Hawthorn Close",
        "Appliance: Vantec Combi 30",
        "Fault reported: F28 - no ignition",
        "",
        "Work carried out:",
        " - gas valve replaced",
        " - system repressurised to 1.2 bar",
        " - flue and seals checked",
        "",
        "Parts ........................ £148.00",
        "Labour 1.5 h .................. £95.00",
        "VAT 20% ....................... £48.60",
        "TOTAL ........................ £291.60",
        "",
        "Warranty on parts: 12 months",
        "Next service due: December 2028",
        "Engineer: Dean Rowe   Gas Safe no. 553091",
    ], title="BRIGHTFLAME HEATING LTD", body=m, bg=(255, 255, 255))
    g = photographed(doc, seed=302, angle=-0.6, bg=(240, 240, 240), pad=10).convert("L").convert("RGB")
    return g.resize((640, 792))


def display():
    img = gradient((800, 600), (235, 235, 230), (205, 205, 200))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([120, 40, 680, 580], 20, fill=(248, 248, 246), outline=(170, 170, 170), width=3)
    d.rectangle([250, 120, 550, 230], fill=(40, 60, 50))
    d.text((330, 130), "F28", fill=(140, 255, 170), font=font(MONO, 80))
    d.ellipse([190, 300, 290, 400], fill=(255, 255, 255), outline=(60, 60, 60), width=4)
    d.line([240, 350, 212, 372], fill=(200, 0, 0), width=4)
    d.text((205, 405), "bar", fill=(60, 60, 60), font=font(SANS, 18))
    d.ellipse([585, 150, 615, 180], fill=(230, 30, 30))
    d.rectangle([330, 300, 640, 470], fill=(255, 235, 80))
    draw_lines(img, (342, 308), ["BRIGHTFLAME HEATING", "24h: 01632 960117", "Last service:", "14/11/2026"],
               font(BOLD, 22), fill=(20, 20, 20))
    return photo_finish(img, seed=303, noise=5, blur=0.7)


def rota():
    h = font(HAND, 30)
    lines = [
        "Fri 24: arrive by 4, carols St Mary's 6.30,",
        "        fish pie supper",
        "Sat 25: stockings 8am, church 10,",
        "        lunch 2pm (turkey: Frank & Sue),",
        "        King's speech 3pm, then games",
        "Sun 26: walk to the lake 11am,",
        "        Grandpa's 90th cake at lunch (SHH!)",
        "Secret Santa: max £20",
        "Washing up: kids' rota on the fridge",
    ]
    doc = card((780, 620), [(x, h, (20, 30, 120)) for x in lines], title="CHRISTMAS AT PENNYWORTH",
               title_font=font(MARKER, 32), bg=(255, 255, 250), title_fill=(180, 20, 20))
    return photographed(doc, seed=304, angle=-1.5, bg=(200, 205, 210))


def piste():
    img = gradient((820, 620), (120, 170, 230), (235, 240, 250))
    mountains(img, 430, [(150, 170, 260), (560, 120, 300)])
    d = ImageDraw.Draw(img)
    d.rectangle([0, 430, 820, 620], fill=(245, 247, 252))
    d.rectangle([395, 300, 415, 600], fill=(90, 70, 50))
    d.rectangle([150, 70, 670, 430], fill=(20, 80, 40), outline=(250, 250, 250), width=5)
    f, b = font(SANS, 22), font(BOLD, 28)
    d.text((170, 85), "GALZIGBAHN", fill="white", font=b)
    draw_lines(img, (170, 130), [
        "Betriebszeiten / operating hours",
        "8:30 - 16:30",
        "Piste 1 Zammermoos (blue) -> St. Anton",
        "Piste 14 Osthang (red)",
        "Piste 19 (black)",
        "Last descent to the village 16:45",
        "Lawinenwarnstufe / avalanche level 2",
    ], f, fill="white", gap=8)
    return photo_finish(img, seed=305, noise=4, blur=0.6)


def markt():
    wood = gradient((760, 600), (120, 80, 45), (95, 60, 35))
    d = ImageDraw.Draw(wood)
    d.rectangle([40, 40, 720, 560], fill=(60, 35, 20))
    d.rectangle([55, 55, 705, 545], fill=(235, 220, 185))
    d.text((80, 70), "Christkindlesmarkt", fill=(150, 20, 20), font=font(SERIF_BOLD, 44))
    draw_lines(wood, (80, 140), [
        "26.11. – 24.12.2027",
        "täglich 10.00 – 21.00 Uhr",
        "24.12.: 10.00 – 14.00 Uhr",
        "Glühwein 4,50 € + 3 € Tassenpfand",
        "Kinderweihnacht am Hans-Sachs-Platz",
        "Posaunenchor: Samstag 17.00 Uhr",
    ], font(SERIF, 28), fill=(30, 20, 10), gap=12)
    img = Image.new("RGB", (820, 660), (30, 30, 45))
    img.paste(wood, (30, 30))
    snow(img, 306, n=120)
    return photo_finish(img, seed=306, noise=5, blur=0.7)


def cabalgata():
    doc = card((640, 880), [
        ("Miércoles 5 de enero", font(BOLD, 30), (255, 230, 120)),
        ("Salida: 18:00, Plaza de España", font(SANS, 24), (255, 255, 255)),
        ("", font(SANS, 10), (0, 0, 0)),
        ("Recorrido:", font(BOLD, 24), (255, 255, 255)),
        ("Calle Mayor – Plaza del Carmen –", font(SANS, 24), (255, 255, 255)),
        ("Ayuntamiento (llegada 20:30)", font(SANS, 24), (255, 255, 255)),
        ("", font(SANS, 10), (0, 0, 0)),
        ("Recogida de cartas a los Reyes:", font(BOLD, 22), (255, 230, 120)),
        ("Ayuntamiento, del 2 al 4 de enero,", font(SANS, 22), (255, 255, 255)),
        ("de 17:00 a 20:00", font(SANS, 22), (255, 255, 255)),
        ("", font(SANS, 10), (0, 0, 0)),
        ("Traed bolsas para los caramelos", font(SANS, 22), (255, 255, 255)),
        ("Ayuntamiento de Villanueva del Pinar", font(SANS, 20), (220, 220, 255)),
    ], title="CABALGATA DE REYES 2028", title_font=font(BOLD, 36), bg=(40, 30, 110), title_fill=(255, 215, 80))
    d = ImageDraw.Draw(doc)
    for x, y in ((560, 40), (590, 120), (520, 90)):
        d.polygon([(x, y - 14), (x + 5, y - 4), (x + 15, y), (x + 5, y + 4), (x, y + 14), (x - 5, y + 4),
                   (x - 15, y), (x - 5, y - 4)], fill=(255, 220, 90))
    return photographed(doc, seed=307, angle=1.2, bg=(150, 150, 145)).resize((600, 820))


def befana():
    doc = card((660, 860), [
        ("Urbania, 2 – 6 gennaio 2028", font(BOLD, 28), (120, 20, 20)),
        ("", font(SANS, 10), (0, 0, 0)),
        ("Giovedì 6 gennaio:", font(BOLD, 24), (20, 20, 20)),
        ("ore 10  apertura mercatini", font(SANS, 23), (20, 20, 20)),
        ("ore 11  arrivo della Befana dal campanile", font(SANS, 23), (20, 20, 20)),
        ("ore 15  la calza più lunga del mondo", font(SANS, 23), (20, 20, 20)),
        ("        in Piazza San Cristoforo", font(SANS, 23), (20, 20, 20)),
        ("ore 17  falò e vin brulè", font(SANS, 23), (20, 20, 20)),
        ("", font(SANS, 10), (0, 0, 0)),
        ("Ingresso libero", font(BOLD, 24), (20, 20, 20)),
        ("Navetta dal parcheggio del ponte", font(SANS, 22), (20, 20, 20)),
        ("ogni 20 minuti", font(SANS, 22), (20, 20, 20)),
    ], title="FESTA NAZIONALE DELLA BEFANA", title_font=font(BOLD, 30), bg=(250, 225, 170),
        title_fill=(90, 30, 100))
    d = ImageDraw.Draw(doc)
    d.ellipse([500, 640, 620, 760], fill=(250, 240, 200))
    d.line([450, 800, 640, 650], fill=(90, 60, 30), width=6)
    return photographed(doc, seed=308, angle=-1.8, bg=(180, 170, 160)).resize((600, 790))


def agenda():
    b, s = font(BOLD, 21), font(SANS, 21)
    doc = card((760, 860), [
        ("Welcome, Nadia Rahimi!", font(BOLD, 26), (20, 60, 120)),
        ("First day: Monday, January 3, 2028", b, (20, 20, 20)),
        "",
        "8:45   Reception, 4th floor (ask for Marcus Webb)",
        "9:00   Badge photo & I-9 documents",
        "10:00  Laptop setup with IT (room 4.12)",
        "12:00  Team lunch at Marlow's",
        "14:00  Benefits enrollment (HR portal)",
        "       deadline: January 31, 2028",
        "15:30  1:1 with your manager, Elena Park",
        "",
        "Dress code: business casual",
        "Parking: Garage B, level 2",
    ], title="HALVORSEN ANALYTICS", title_font=font(BOLD, 32), body=s, bg=(255, 255, 255),
        title_fill=(20, 60, 120))
    return photographed(doc, seed=309, angle=0.0, bg=(255, 255, 255), pad=8).resize((660, 747))


def label():
    img = Image.new("RGB", (800, 560), (110, 90, 80))
    d = ImageDraw.Draw(img)
    d.rectangle([60, 60, 740, 500], fill=(235, 240, 250))
    d.rectangle([60, 60, 740, 120], fill=(40, 100, 170))
    d.text((80, 72), "Oseltamivir 75 mg", fill="white", font=font(BOLD, 32))
    d.rectangle([100, 160, 700, 470], fill=(255, 255, 255), outline=(120, 120, 120), width=2)
    draw_lines(img, (118, 172), [
        "Kingsmead Pharmacy          05/01/28",
        "OSELTAMIVIR 75 mg CAPSULES   Qty 10",
        "Take ONE capsule TWICE a day",
        "for 5 days. Complete the course.",
        "Mr L. Haworth",
        "Keep out of the reach and sight",
        "of children.",
    ], font(MONO, 21), fill=(20, 20, 20), gap=14)
    return photo_finish(img.rotate(-3, resample=Image.BICUBIC, fillcolor=(110, 90, 80)), seed=310, noise=5)


def nye():
    return screen((820, 900), "10:15 PM", (25, 25, 25), [
        ("Keisha & Dev's New Year's Eve", font(BOLD, 32), (190, 150, 40)),
        "",
        "Friday, December 31, 2027",
        "9 pm till late",
        "The Foundry Loft, 4th floor, 18 Mercer Row",
        ("Dress code: black & gold", font(BOLD, 24), (190, 150, 40)),
        "Countdown on the roof terrace",
        "BYOB + a dish to share",
        "Rides home after 1 am (ask Dev's cousin)",
        ("RSVP by December 27", font(BOLD, 24), (30, 30, 30)),
    ], header="You're invited")


def doctolib():
    return screen((820, 760), "08:41   doctolib.fr", (16, 115, 200), [
        ("Rendez-vous confirmé", font(BOLD, 30), (0, 120, 60)),
        "",
        "Dr Claire Lemaire, médecin généraliste",
        ("jeudi 13 janvier 2028 à 09:15", font(BOLD, 24), (30, 30, 30)),
        "14 rue des Tanneurs, 69002 Lyon",
        "Motif : fièvre / syndrome grippal",
        "",
        "Pensez à apporter votre carte Vitale.",
        "Annulation possible jusqu'à 24 h avant.",
    ], header="Doctolib")


def bolo():
    doc = card((640, 600), [
        ("Encomenda n.º 2231", font(BOLD, 26), (20, 20, 20)),
        "Bolo-Rei grande (1 kg) ...... 18,50 €",
        "Bolo-Rainha médio ........... 12,00 €",
        ("Total ....................... 30,50 €", font(BOLD, 22), (20, 20, 20)),
        "",
        "Levantar: 6 de janeiro",
        "até às 12h00",
        "Cliente: Sra. Fernandes",
    ], title="Pastelaria Estrela d'Ouro", title_font=font(SERIF_BOLD, 32), body=font(MONO, 20),
        bg=(252, 246, 230), title_fill=(140, 90, 10))
    return photographed(doc, seed=311, angle=2.5, bg=(150, 120, 90))


# --------------------------------------------------------------------------- photos (drawn and skimage)


def tree():
    img = gradient((900, 675), (200, 170, 130), (170, 140, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 520, 900, 675], fill=(120, 80, 50))
    d.rectangle([80, 120, 260, 300], fill=(60, 80, 120))  # window
    d.rectangle([420, 470, 470, 530], fill=(90, 55, 30))
    for i, (w, y) in enumerate([(330, 470), (270, 380), (200, 290), (130, 200)]):
        d.polygon([(445 - w // 2, y), (445, y - 130), (445 + w // 2, y)], fill=(20, 100 + i * 8, 40))
    d.polygon([(445, 40), (455, 65), (482, 65), (460, 80), (468, 106), (445, 90), (422, 106), (430, 80),
               (408, 65), (435, 65)], fill=(250, 210, 40))
    import random

    rng = random.Random(12)
    for _ in range(40):
        x, y = rng.randint(330, 560), rng.randint(120, 460)
        if abs(x - 445) < (y - 60) * 0.55:
            d.ellipse([x - 7, y - 7, x + 7, y + 7], fill=rng.choice([(220, 30, 30), (240, 200, 40), (200, 200, 220)]))
    for x, w, col, rib in [(300, 110, (200, 30, 40), (250, 220, 80)), (430, 90, (30, 90, 180), (250, 250, 250)),
                           (540, 120, (40, 140, 60), (220, 30, 30)), (660, 80, (230, 190, 40), (180, 20, 20))]:
        d.rectangle([x, 600 - w, x + w, 600], fill=col)
        d.rectangle([x + w // 2 - 6, 600 - w, x + w // 2 + 6, 600], fill=rib)
        d.rectangle([x, 600 - w // 2 - 6, x + w, 600 - w // 2 + 6], fill=rib)
    return photo_finish(img, seed=401)


def snowman():
    img = gradient((900, 675), (170, 190, 215), (220, 228, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 430, 900, 675], fill=(245, 247, 250))
    d.rectangle([0, 330, 900, 440], fill=(110, 90, 70))  # fence
    for x in range(0, 900, 60):
        d.rectangle([x + 10, 300, x + 40, 440], fill=(130, 105, 80))
    d.ellipse([330, 380, 570, 610], fill=(252, 252, 255), outline=(200, 205, 215), width=3)
    d.ellipse([370, 250, 530, 400], fill=(252, 252, 255), outline=(200, 205, 215), width=3)
    d.ellipse([395, 140, 505, 260], fill=(252, 252, 255), outline=(200, 205, 215), width=3)
    d.rectangle([380, 240, 520, 270], fill=(200, 30, 40))  # scarf
    d.rectangle([480, 255, 510, 340], fill=(200, 30, 40))
    d.rectangle([410, 80, 490, 150], fill=(25, 25, 25))  # hat
    d.rectangle([390, 140, 510, 155], fill=(25, 25, 25))
    d.ellipse([425, 180, 437, 192], fill=(20, 20, 20))
    d.ellipse([463, 180, 475, 192], fill=(20, 20, 20))
    d.polygon([(450, 200), (450, 214), (505, 210)], fill=(240, 120, 20))  # carrot
    for y in (300, 330, 360):
        d.ellipse([444, y, 456, y + 12], fill=(20, 20, 20))
    d.line([375, 310, 280, 250], fill=(90, 60, 30), width=6)
    d.line([525, 310, 620, 250], fill=(90, 60, 30), width=6)
    return photo_finish(snow(img, 402, n=150), seed=402)


def stage():
    img = Image.new("RGB", (900, 675), (25, 20, 35))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 90, 560], fill=(130, 20, 30))
    d.rectangle([810, 0, 900, 560], fill=(130, 20, 30))
    d.rectangle([90, 60, 810, 480], fill=(20, 30, 80))
    d.polygon([(300, 260), (450, 150), (600, 260)], fill=(120, 80, 40))  # stable roof
    d.rectangle([320, 260, 580, 480], fill=(90, 60, 30))
    d.rectangle([350, 290, 550, 480], fill=(50, 35, 20))
    d.polygon([(450, 60), (462, 95), (500, 95), (470, 115), (482, 150), (450, 128), (418, 150), (430, 115),
               (400, 95), (438, 95)], fill=(255, 225, 60))
    d.rectangle([410, 420, 490, 460], fill=(170, 130, 60))  # manger
    d.ellipse([430, 405, 470, 430], fill=(240, 230, 210))
    people = [(200, (230, 230, 240), True), (300, (60, 90, 200), False), (600, (140, 100, 60), False),
              (700, (230, 230, 240), True), (380, (160, 140, 110), False)]
    for x, col, halo in people:
        d.polygon([(x - 35, 600), (x, 430), (x + 35, 600)], fill=col)
        d.ellipse([x - 22, 390, x + 22, 434], fill=(230, 190, 160))
        if halo:
            d.ellipse([x - 26, 370, x + 26, 384], outline=(255, 220, 60), width=4)
    d.rectangle([0, 600, 900, 675], fill=(80, 55, 40))
    for x in range(40, 900, 70):
        d.ellipse([x, 630, x + 50, 700], fill=(10, 10, 10))  # audience heads
    return photo_finish(img, seed=403, noise=7, blur=0.9)


def roscon():
    img = gradient((900, 675), (235, 225, 210), (210, 195, 175))
    d = ImageDraw.Draw(img)
    d.ellipse([150, 120, 750, 600], fill=(240, 240, 245), outline=(200, 200, 210), width=4)  # plate
    d.ellipse([210, 170, 690, 550], fill=(200, 130, 60))
    d.ellipse([350, 280, 550, 440], fill=(240, 240, 245))
    import math
    import random

    rng = random.Random(7)
    for i in range(28):
        a = i / 28 * 2 * math.pi
        r = rng.uniform(130, 175)
        x, y = 450 + r * math.cos(a), 360 + r * 0.8 * math.sin(a)
        col = rng.choice([(200, 20, 40), (30, 140, 60), (240, 150, 30), (250, 245, 230)])
        d.ellipse([x - 12, y - 8, x + 12, y + 8], fill=col)
    for _ in range(120):
        a, r = rng.uniform(0, 2 * math.pi), rng.uniform(110, 190)
        x, y = 450 + r * math.cos(a), 360 + r * 0.8 * math.sin(a)
        d.ellipse([x - 2, y - 2, x + 2, y + 2], fill=(255, 255, 240))
    return photo_finish(img, seed=404)


def stockings():
    img = gradient((900, 675), (180, 150, 120), (150, 120, 95))
    d = ImageDraw.Draw(img)
    d.rectangle([120, 200, 780, 620], fill=(170, 70, 50))  # brick fireplace
    for y in range(200, 620, 30):
        d.line([120, y, 780, y], fill=(140, 55, 40), width=2)
    d.rectangle([300, 380, 600, 620], fill=(30, 20, 15))
    d.polygon([(400, 620), (430, 540), (450, 590), (480, 520), (510, 620)], fill=(250, 150, 30))
    d.rectangle([90, 170, 810, 210], fill=(240, 235, 225))  # mantel
    for x, col in [(190, (200, 30, 40)), (330, (40, 120, 60)), (470, (200, 30, 40)), (610, (40, 120, 60))]:
        d.rectangle([x, 210, x + 50, 330], fill=col)
        d.ellipse([x - 10, 300, x + 90, 350], fill=col)
        d.rectangle([x - 4, 210, x + 54, 235], fill=(250, 250, 250))
    d.rectangle([640, 80, 720, 170], fill=(60, 40, 30))  # a broom leaning against the chimney breast
    d.line([700, 40, 760, 300], fill=(110, 80, 40), width=7)
    return photo_finish(img, seed=405)


def mug():
    img = gradient((900, 675), (20, 25, 50), (40, 35, 50))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 80), (450, 0), (900, 80)], fill=(150, 110, 70))  # stall roof
    for x in range(30, 900, 45):
        d.ellipse([x, 90, x + 14, 104], fill=(255, 220, 120))  # fairy lights
    d.rectangle([0, 420, 900, 675], fill=(110, 75, 45))  # counter
    d.rectangle([330, 250, 570, 520], fill=(190, 25, 35))
    d.ellipse([330, 230, 570, 280], fill=(80, 10, 20))
    d.arc([540, 290, 640, 450], -80, 80, fill=(190, 25, 35), width=22)
    d.ellipse([380, 330, 520, 420], fill=(250, 250, 250))  # a white star-shaped print, simplified
    for x in (400, 450, 500):
        d.arc([x - 30, 120, x + 30, 230], 90, 270, fill=(200, 200, 210), width=4)  # steam
    d.ellipse([620, 470, 700, 520], fill=(160, 100, 50))  # gingerbread heart
    d.polygon([(620, 495), (660, 560), (700, 495)], fill=(160, 100, 50))
    return photo_finish(img, seed=406)


def clock():
    """An old wooden pendulum wall clock on a striped wallpaper, hands at five to midnight."""
    import math

    img = gradient((675, 900), (215, 200, 170), (190, 175, 145))
    d = ImageDraw.Draw(img)
    for x in range(0, 675, 40):
        d.rectangle([x, 0, x + 12, 900], fill=(200, 185, 150))
    d.rounded_rectangle([200, 120, 475, 820], 30, fill=(110, 60, 25), outline=(70, 35, 10), width=6)
    d.rectangle([250, 470, 425, 770], fill=(60, 30, 10))
    d.rectangle([262, 482, 413, 758], fill=(170, 150, 120))  # glass door
    d.line([337, 482, 337, 690], fill=(180, 140, 40), width=5)  # pendulum rod
    d.ellipse([307, 670, 367, 730], fill=(210, 170, 60), outline=(150, 110, 30), width=3)
    cx, cy, r = 337, 300, 125
    d.ellipse([cx - r - 14, cy - r - 14, cx + r + 14, cy + r + 14], fill=(190, 150, 60))  # brass rim
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(245, 238, 215))
    for i in range(60):
        a = i / 60 * 2 * math.pi
        r1 = r - (16 if i % 5 == 0 else 7)
        d.line([cx + r1 * math.sin(a), cy - r1 * math.cos(a), cx + (r - 4) * math.sin(a), cy - (r - 4) * math.cos(a)],
               fill=(30, 30, 30), width=4 if i % 5 == 0 else 1)
    for ang, length, w in ((-2.5 / 60 * 2 * math.pi, 70, 9), (-5 / 60 * 2 * math.pi, 105, 5)):
        d.line([cx, cy, cx + length * math.sin(ang), cy - length * math.cos(ang)], fill=(20, 20, 20), width=w)
    d.ellipse([cx - 8, cy - 8, cx + 8, cy + 8], fill=(20, 20, 20))
    return photo_finish(img, seed=408, noise=5, blur=0.8)


def moon():
    img = skimage_photo("moon", size=(700, 700))
    return photo_finish(img, seed=407, noise=3, blur=0.3)


def stars():
    return skimage_photo("hubble_deep_field", size=(720, 720))


# --------------------------------------------------------------------------- the ski album


def peaks():
    img = gradient((900, 600), (40, 110, 210), (170, 205, 240))
    mountains(img, 450, [(180, 150, 260), (470, 90, 300), (760, 170, 240)], colour=(110, 120, 140))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 440, 900, 600], fill=(246, 248, 252))
    for x in range(30, 900, 90):
        d.polygon([(x, 470), (x + 20, 410), (x + 40, 470)], fill=(30, 70, 40))
    return photo_finish(img, seed=501, noise=4)


def chairlift():
    img = gradient((900, 600), (70, 130, 215), (200, 220, 245))
    mountains(img, 380, [(300, 120, 320), (750, 160, 260)], colour=(120, 125, 140))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 380), (900, 300), (900, 600), (0, 600)], fill=(245, 247, 252))
    d.line([0, 150, 900, 40], fill=(40, 40, 40), width=4)  # cable
    for x in (120, 620):
        y = 150 - x * 110 // 900
        d.rectangle([x - 8, y, x + 8, 560], fill=(90, 90, 95))
    for i, x in enumerate((230, 400, 560, 760)):
        y = 150 - x * 110 // 900
        d.line([x, y, x, y + 90], fill=(40, 40, 40), width=4)
        d.rectangle([x - 45, y + 90, x + 45, y + 110], fill=(50, 60, 70))
        d.rectangle([x - 45, y + 60, x - 35, y + 110], fill=(50, 60, 70))
        if i % 2 == 0:
            for px, c in ((x - 20, (210, 40, 40)), (x + 15, (40, 80, 200))):
                d.ellipse([px - 10, y + 55, px + 10, y + 75], fill=c)
                d.rectangle([px - 10, y + 75, px + 10, y + 100], fill=c)
    return photo_finish(img, seed=502, noise=4)


def hut():
    img = gradient((900, 675), (60, 120, 210), (190, 210, 240))
    mountains(img, 300, [(650, 60, 300)], colour=(120, 125, 140))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 300, 900, 675], fill=(245, 247, 252))
    d.rectangle([60, 260, 520, 560], fill=(120, 75, 40))
    d.polygon([(30, 270), (290, 120), (550, 270)], fill=(250, 250, 252))  # snow on the roof
    for x in (110, 380):
        d.rectangle([x, 330, x + 90, 420], fill=(250, 230, 160))
        d.line([x + 45, 330, x + 45, 420], fill=(90, 55, 30), width=4)
    d.rectangle([240, 420, 320, 560], fill=(70, 45, 25))
    d.rectangle([580, 300, 860, 620], fill=(30, 30, 30), outline=(120, 80, 40), width=10)  # menu board
    d.text((600, 312), "HEUTE / TODAY", fill=(250, 250, 250), font=font(BOLD, 24))
    draw_lines(img, (600, 352), [
        "Kaiserschmarrn  12,50",
        "Germknödel       9,80",
        "Gulaschsuppe     8,90",
        "Jagatee          6,50",
        "Almdudler        4,20",
        "Kartenzahlung ok",
    ], font(HAND, 24), fill=(250, 250, 245), gap=14)
    return photo_finish(img, seed=503, noise=4, blur=0.6)


def skis():
    img = gradient((675, 900), (90, 150, 220), (210, 225, 245))
    mountains(img, 300, [(340, 120, 340)], colour=(125, 130, 145))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 300, 675, 900], fill=(246, 248, 252))
    for x, col in ((250, (220, 40, 40)), (330, (220, 40, 40))):
        d.polygon([(x, 220), (x + 40, 215), (x + 48, 820), (x + 8, 825)], fill=col)
        d.ellipse([x, 200, x + 40, 240], fill=col)
    for x in (460, 520):
        d.line([x, 260, x + 10, 820], fill=(40, 40, 40), width=7)
        d.ellipse([x - 25, 760, x + 45, 790], outline=(40, 40, 40), width=5)
        d.rectangle([x - 6, 250, x + 8, 320], fill=(20, 20, 20))
    d.rectangle([0, 800, 675, 900], fill=(240, 243, 250))
    return photo_finish(img, seed=504, noise=4)


def glow():
    img = gradient((900, 600), (80, 50, 120), (250, 150, 90))
    d = ImageDraw.Draw(img)
    d.ellipse([620, 300, 720, 400], fill=(255, 200, 120))
    mountains(img, 470, [(170, 160, 250), (460, 110, 280), (760, 190, 220)], colour=(90, 70, 110),
              cap=(250, 160, 170))
    d.rectangle([0, 460, 900, 600], fill=(200, 170, 200))
    return photo_finish(img, seed=505, noise=4)


IMAGES = {
    "Screenshot 2027-12-14 at 09.12.33.png": hotel,
    "Schermafbeelding 2027-12-29 om 20.15.41.png": nl_invite,
    "PXL_20271216_133045123.jpg": programme,
    "CamScanner 12-21-2027 10.14.jpg": jobsheet,
    "MVIMG_20271219_072210.jpg": display,
    "WhatsApp Image 2027-12-23 at 19.02.11.jpeg": rota,
    "GOPR0193.JPG": piste,
    "P1040213.JPG": markt,
    "photo_2028-01-03_12-45-10.jpg": cabalgata,
    "Immagine WhatsApp 2028-01-02 ore 18.22.41_5c1e7a2b.jpg": befana,
    "Office Lens 20271215-100451.jpg": agenda,
    "Photo 05-01-2028, 14 03 55.jpg": label,
    "Screen Shot 2027-12-28 at 10.15.30 PM.png": nye,
    "Capture d’écran 2028-01-10 à 08.41.22.png": doctolib,
    "Imagem do WhatsApp de 2028-01-05 à(s) 19.40.12_3f9a1c2d.jpg": bolo,
    "PXL_20271225_153012456.jpg": tree,
    "Snapchat-1840294412.jpg": snowman,
    "DSCN0412.JPG": stage,
    "image_6483441.JPG": roscon,
    "viber_image_2028-01-06_10-14-22-311.jpg": stockings,
    "IMGP4410.JPG": clock,
    "PXL_20280101_000412345.NIGHT.jpg": moon,
    "P1040220.JPG": mug,
    "FullSizeRender.jpg": stars,
    f"{ALBUM}/DJI_20280109103512_0001_D.JPG": peaks,
    f"{ALBUM}/DJI_20280109114020_0004_D.JPG": chairlift,
    f"{ALBUM}/DJI_20280110125533_0009_D.JPG": hut,
    f"{ALBUM}/DJI_20280111094107_0013_D.JPG": skis,
    f"{ALBUM}/DJI_20280112163850_0017_D.JPG": glow,
}


def main() -> None:
    paths = synthesize(SPEECH, HERE, speed=158, pause=0.45, max_seconds=60)
    paths += save_images(HERE, IMAGES, quality=80)
    report(paths, 300_000)


if __name__ == "__main__":
    main()
