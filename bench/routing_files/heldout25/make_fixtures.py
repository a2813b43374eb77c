"""Generate the fixture files of the twenty-fifth held-out routing set (bench/routing_heldout25/).

Run from the repo root (or by absolute path) with the project's venv:

    .venv/bin/python bench/routing_files/heldout25/make_fixtures.py

Needs Pillow, numpy and scikit-image (its bundled samples `brick`, `grass` and `gravel`, no download),
plus espeak-ng and ffmpeg on PATH. Written on the shared helpers in ../fixture_kit.py. Deterministic:
running it again reproduces every file byte for byte. Every file stays under 300 KB.

Scenarios, spring 2028: a used Skoda estate (a brother-in-law's memo, the listing, the windscreen sticker,
the car on the forecourt), a kitchen renovation quote (a Zoom call, a scanned quote, the old kitchen, the
brick wall behind the tiles), a university open day (the admissions talk, a friend's Discord note, the
timetable), the Greenwell community garden (dictated committee notes, the shed notice, a seed packet, the
shed), King's Day in Utrecht (a call about the market spot, the flyer, an album), a May bank-holiday trip
to the Bay of Mont-Saint-Michel (the cottage owner's message, a bakery notice, a tide board), Holy Week in
Seville (a friend's memo, a brotherhood's leaflet, a procession), a 25 April picnic in Italy (a Telegram
voice note, a poster screenshot, the blanket), adopting Luna from a German shelter (a voicemail, the
profile page, a photo), a dentist appointment (a call recording, the card) and Easter lunch (an aunt's
voice note, the handwritten menu, painted eggs).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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

OUT = Path(__file__).resolve().parent
ALBUM = "koningsdag_2028/"
MAX_BYTES = 300_000

# --------------------------------------------------------------------------- speech

SPEECH = {
    "Voice 012.m4a": [
        ("en-gb-x-gbclan", "Hi Nadia, it's Dev. I've just finished looking over the Skoda Octavia at Brookfield "
         "Car Sales. Good news first. The engine is quiet, the service book has five stamps, and the timing "
         "belt was done at thirty thousand miles. Not so good. The two front tyres are close to the legal "
         "limit, so that's about two hundred and forty pounds, and there's a small dent on the rear passenger "
         "door. Check that the V5C matches the number on the windscreen before you pay anything. I'd offer "
         "nine thousand two hundred, not the nine thousand seven hundred and fifty they're asking, and ask "
         "them to put new tyres on. Take it on the motorway too, there was a faint hum at seventy. "
         "Call me after."),
    ],
    "GMT20280322-141503_Recording.m4a": [
        ("en-us", "Thanks for jumping on the call, Hannah. So the full quote for the kitchen comes to fourteen "
         "thousand six hundred pounds, including VAT."),
        ("en-gb+f3", "Does that include the quartz worktops and the electrician?"),
        ("en-us", "Yes. The quartz worktops, the Belfast sink and the tap, the appliances, the fitting and "
         "the electrics are all in. Tiling isn't in the quote, I'd budget about nine hundred for that. "
         "We can start on Monday the eighth of May, and it takes eight working days."),
        ("en-gb+f3", "And what do you need from us to book it?"),
        ("en-us", "A thirty percent deposit, that's four thousand three hundred and eighty pounds, so we can "
         "order the units. The skip is included, and the quote is valid for thirty days."),
    ],
    "280422_1105.MP3": [
        ("en-gb-x-rp", "Good morning, and welcome to the Northmoor University open day. I'm Doctor Helen "
         "Achebe, admissions tutor for mechanical engineering. Our typical offer is A A B, including maths "
         "and physics. Every one of our degrees can include a paid placement year in industry. First year "
         "students are guaranteed a room in halls if they apply by the first of June. After this talk, the "
         "lab tour leaves from the Atrium at half past eleven, and the accommodation talk is at one o'clock "
         "in the Hadley Building, lecture theatre two. You can pick up lunch vouchers at the welcome desk."),
    ],
    "Marieke(0687154320)_20280419093512.mp3": [
        ("nl+f3", "Hoi, met Marieke. Ik heb onze plek voor de vrijmarkt geregeld: plek veertien, op de hoek "
         "van de Biltstraat, bij de bakker. We moeten er donderdag om zes uur 's ochtends zijn om het kleed "
         "neer te leggen. Neem de oude kinderboeken en de fiets van Sem mee. We mogen geen eten verkopen, "
         "daar heb je een vergunning voor nodig. Om vijf uur ruimen we alles op. En trek iets oranjes aan!"),
    ],
    "Voix 004.m4a": [
        ("fr-fr+f2", "Bonjour, c'est Madame Lefèvre, du gîte Les Hortensias, à Genêts. Pour votre arrivée le "
         "vendredi cinq mai: la clé est dans la boîte à côté de la porte, le code est quatre sept un deux. "
         "Vous pouvez arriver à partir de seize heures. Les draps et les serviettes sont fournis. La "
         "boulangerie du village est fermée le lundi huit mai, pensez à prendre du pain la veille. Le marché "
         "a lieu le dimanche matin sur la place. Le départ se fait avant onze heures. Bon voyage!"),
    ],
    "Nueva grabación 5.m4a": [
        ("es+f3", "Hola, soy Carmen. Para la Semana Santa: el Miércoles Santo quedamos a las siete de la tarde "
         "en la Plaza del Salvador, para ver salir la hermandad. Traed zapatos cómodos y agua, y nada de "
         "carritos, que hay muchísima gente. La Madrugá es la noche del jueves al viernes; si queréis ver la "
         "Macarena, hay que estar en la calle a las dos. El viernes comemos torrijas en casa de mi abuela, a "
         "las dos de la tarde."),
    ],
    "audio_2028-04-21_20-14-07.ogg": [
        ("it", "Ciao a tutti, sono Marco. Per il picnic del venticinque aprile ci vediamo alle undici "
         "all'ingresso del parco, quello vicino alla fontana. Io porto la focaccia e il vino, Giulia porta la "
         "torta salata. Qualcuno porti una coperta grande e il frisbee. Chi ha la chitarra la porti, così "
         "cantiamo Bella ciao. Se piove, ci spostiamo sulla terrazza di Lucia, in via Garibaldi dodici."),
    ],
    "Sprache 002.m4a": [
        ("de+f4", "Guten Tag, hier ist Frau Brandt vom Tierheim Sonnenhof. Es geht um Luna, die zweijährige "
         "Mischlingshündin. Der Hausbesuch ist am Samstag, den achtzehnten März, um zehn Uhr. Bitte bringen "
         "Sie Ihren Personalausweis mit. Die Schutzgebühr beträgt zweihundertachtzig Euro. Luna ist geimpft, "
         "gechippt und kastriert. Ein Geschirr und eine Leine sollten Sie schon haben. In den ersten Wochen "
         "sollte sie nicht lange allein bleiben. Rufen Sie mich gern zurück."),
    ],
    "2028-03-29 10-15-22 Brightsmile Dental.m4a": [
        ("en-gb+f3", "Good morning, Brightsmile Dental, Chloe speaking."),
        ("en-gb-x-gbcwmd", "Hi, it's Tom Reyes. I'd like to book in for that filling, please."),
        ("en-gb+f3", "Of course. We have Tuesday the fourth of April at eight forty with Doctor Shah. That's "
         "your check-up and the filling on the lower left. It's band two, so seventy two pounds fifty. "
         "Please arrive ten minutes early, and we need twenty four hours notice to cancel, or there's a "
         "charge."),
        ("en-gb-x-gbcwmd", "Perfect, see you then. Thanks, Chloe."),
    ],
    "00000021-AUDIO-2028-04-12-18-03-55.opus": [
        ("en-gb-scotland+f2", "Hello love, it's Auntie Maureen. Easter Sunday lunch is at one o'clock at "
         "ours, there'll be fourteen of us. The egg hunt for the little ones is at eleven in the back garden, "
         "straight after church. Could you bring the trifle, and the four folding chairs from your garage? "
         "Uncle Pat is cooking the lamb. Park by the church, not on our road, the neighbours complain. "
         "Love you, bye."),
    ],
    "voice-message.ogg": [
        ("en-us+f4", "Hey! So for the open day on Saturday, let's meet at the train station at nine twenty, by "
         "the coffee kiosk. The computer science talk is at ten thirty in the Hadley Building, lecture "
         "theatre two. Don't forget the booking email, it has your lunch voucher on it. Oh, and wear comfy "
         "shoes, the campus tour is like two hours."),
    ],
}

# 8 kHz PCM is 16 KB a second: the recorder's dictated notes are short and a little faster
SPEECH_WAV = {
    "TASCAM_0017.wav": [
        ("en-gb+f2", "Garden committee notes, twenty first of March. Compost delivery Saturday the first of "
         "April at nine, four wheelbarrows needed. Plot seven to the Mensah family, plot twelve to Ruth "
         "Kowalski. Watering cans only, no hosepipes. New shed padlock code, two eight zero six."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def rect(d, box, fill, outline=None, width=1):
    d.rectangle(box, fill=fill, outline=outline, width=width)


def centered(d, cx, y, text, f, fill="black"):
    w = d.textlength(text, font=f)
    d.text((cx - w / 2, y), text, font=f, fill=fill)


def grass_bg(size, seed_gain=(0.55, 1.05, 0.45)):
    g = skimage_photo("grass", size=size)
    return tint(g, seed_gain)


def status_bar(d, w, time_text, dark=False):
    col = "white" if dark else "black"
    d.text((24, 10), time_text, font=font(BOLD, 20), fill=col)
    d.text((w - 110, 10), "5G  78%", font=font(SANS, 18), fill=col)


# --------------------------------------------------------------------------- text images


def listing():
    w, h = 560, 1120
    img = Image.new("RGB", (w, h), (245, 246, 248))
    d = ImageDraw.Draw(img)
    status_bar(d, w, "20:45")
    rect(d, (0, 44, w, 110), (255, 255, 255))
    d.text((20, 60), "<   Used cars", font=font(BOLD, 24), fill=(20, 20, 60))
    # photo placeholder with a simple estate car
    sky = gradient((w, 300), (170, 200, 230), (220, 230, 240))
    img.paste(sky, (0, 110))
    rect(d, (0, 330, w, 410), (120, 120, 125))
    d.polygon([(70, 340), (120, 270), (360, 262), (470, 300), (500, 345), (500, 372), (60, 372)],
              fill=(185, 190, 196), outline=(90, 90, 95))
    d.polygon([(135, 280), (350, 272), (440, 305), (125, 310)], fill=(70, 90, 110))
    for cx in (150, 420):
        d.ellipse((cx - 36, 340, cx + 36, 412), fill=(30, 30, 30))
        d.ellipse((cx - 16, 360, cx + 16, 392), fill=(160, 160, 165))
    d.text((w - 80, 380), "1/24", font=font(SANS, 18), fill="white")
    y = 430
    d.text((20, y), "2021 Skoda Octavia Estate", font=font(BOLD, 30), fill=(10, 10, 40))
    d.text((20, y + 42), "1.5 TSI SE L  5dr", font=font(SANS, 22), fill=(60, 60, 70))
    d.text((20, y + 86), "£9,750", font=font(BOLD, 40), fill=(10, 10, 40))
    y += 150
    chips = ["38,412 miles", "Manual", "Petrol", "Estate", "1 owner"]
    x = 20
    for c in chips:
        tw = d.textlength(c, font=font(SANS, 20))
        if x + tw + 30 > w:
            x, y = 20, y + 46
        d.rounded_rectangle((x, y, x + tw + 24, y + 36), radius=16, fill=(225, 230, 240))
        d.text((x + 12, y + 6), c, font=font(SANS, 20), fill=(30, 30, 50))
        x += tw + 36
    y += 66
    lines = ["Full service history", "MOT until 14 Feb 2029", "ULEZ compliant", "Colour: Moon White (silver)",
             "Reg: YD21 KLP"]
    for ln in lines:
        d.text((20, y), "•  " + ln, font=font(SANS, 22), fill=(30, 30, 40))
        y += 38
    y += 14
    rect(d, (0, y, w, y + 120), (255, 255, 255))
    d.text((20, y + 16), "Brookfield Car Sales", font=font(BOLD, 24), fill=(10, 10, 40))
    d.text((20, y + 52), "Harrogate  ·  12 miles away  ·  4.6 ★ (312 reviews)", font=font(SANS, 19),
           fill=(70, 70, 80))
    d.rounded_rectangle((20, h - 90, w // 2 - 10, h - 30), radius=10, fill=(20, 60, 180))
    d.rounded_rectangle((w // 2 + 10, h - 90, w - 20, h - 30), radius=10, outline=(20, 60, 180), width=3)
    centered(d, w // 4 + 5, h - 75, "Call seller", font(BOLD, 22), "white")
    centered(d, 3 * w // 4 - 5, h - 75, "Message", font(BOLD, 22), (20, 60, 180))
    return img


def windscreen_sticker():
    w, h = 900, 640
    img = gradient((w, h), (150, 170, 185), (95, 105, 115))
    d = ImageDraw.Draw(img)
    rect(d, (0, h - 120, w, h), (35, 35, 38))  # dashboard
    d.ellipse((60, h - 260, 300, h + 20), outline=(20, 20, 20), width=28)  # steering wheel rim
    sx, sy, sw, sh = 380, 70, 440, 470
    rect(d, (sx, sy, sx + sw, sy + sh), (250, 250, 246))
    rect(d, (sx, sy, sx + sw, sy + 70), (190, 20, 30))
    centered(d, sx + sw // 2, sy + 18, "BROOKFIELD CAR SALES", font(BOLD, 30), "white")
    lines = [("SKODA OCTAVIA ESTATE SE L", BOLD, 26), ("1.5 TSI 150PS  MANUAL", SANS, 24),
             ("2021 (21 plate)  ·  38,412 MILES", SANS, 22), ("£9,750", BOLD, 58),
             ("12 MONTHS WARRANTY", BOLD, 26), ("3 MONTHS BREAKDOWN COVER", SANS, 22),
             ("FRESH MOT ON SALE", SANS, 22), ("PART EXCHANGE WELCOME", SANS, 22)]
    y = sy + 90
    for text, f, s in lines:
        centered(d, sx + sw // 2, y, text, font(f, s), (20, 20, 30) if "£" not in text else (190, 20, 30))
        y += s + 16
    img = img.rotate(-2.5, resample=Image.BICUBIC, fillcolor=(95, 105, 115))
    return photo_finish(img, 2511, noise=5.0, blur=0.7)


def kitchen_quote():
    w, h = 820, 1100
    doc = Image.new("RGB", (w, h), (250, 250, 248))
    d = ImageDraw.Draw(doc)
    d.text((50, 40), "OAKLINE KITCHENS", font=font(SERIF_BOLD, 40), fill=(40, 70, 40))
    d.text((50, 92), "Unit 4, Millbrook Trading Estate, Bramford  ·  01632 960 233", font=font(SANS, 17),
           fill=(70, 70, 70))
    d.line((50, 125, w - 50, 125), fill=(40, 70, 40), width=3)
    y = draw_lines(doc, (50, 145), ["QUOTATION  OAK-2291", "Date: 23 March 2028",
                                    "For: Hannah & Joel Whitaker, 14 Larch Close, Bramford"], font(SANS, 22), gap=8)
    y += 20
    items = [("Shaker units (sage green), 11 base + 7 wall", "£5,980"),
             ("Quartz worktops, 20 mm, upstands", "£3,150"),
             ("Belfast sink and mixer tap", "£640"),
             ("Appliances (oven, hob, extractor, dishwasher)", "£2,470"),
             ("Fitting: 8 working days, incl. skip hire", "£1,760"),
             ("Electrics (Sparks & Co, certified)", "£600")]
    rect(d, (50, y, w - 50, y + 40), (230, 236, 228))
    d.text((60, y + 8), "Item", font=font(BOLD, 21), fill="black")
    d.text((w - 170, y + 8), "Price", font=font(BOLD, 21), fill="black")
    y += 50
    for a, b in items:
        d.text((60, y), a, font=font(SANS, 21), fill="black")
        d.text((w - 170, y), b, font=font(SANS, 21), fill="black")
        y += 44
        d.line((50, y - 8, w - 50, y - 8), fill=(200, 200, 200), width=1)
    y += 10
    d.text((60, y), "TOTAL (incl. VAT)", font=font(BOLD, 26), fill="black")
    d.text((w - 190, y), "£14,600", font=font(BOLD, 26), fill="black")
    y += 60
    notes = ["Deposit 30% (£4,380) on acceptance to order units.",
             "Balance on completion.",
             "Start date: Monday 8 May 2028 (8 working days).",
             "Tiling NOT included (approx. £900 extra).",
             "This quote is valid for 30 days."]
    y = draw_lines(doc, (60, y), notes, font(SANS, 21), gap=12)
    d.text((60, y + 30), "Marcus Hale", font=font(HAND_BOLD, 34), fill=(30, 40, 120))
    d.text((60, y + 74), "Marcus Hale, Oakline Kitchens", font=font(SANS, 18), fill=(80, 80, 80))
    d.text((w - 300, h - 40), "Scanned with CamScanner", font=font(SANS, 17), fill=(120, 120, 120))
    return photographed(doc, 2512, angle=0.6, bg=(235, 235, 235), pad=10).convert("L").convert("RGB")


def open_day_screen():
    w, h = 1100, 760
    img = Image.new("RGB", (w, h), (236, 236, 238))
    d = ImageDraw.Draw(img)
    rect(d, (0, 0, w, 46), (222, 222, 226))
    for i, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        d.ellipse((18 + i * 24, 15, 34 + i * 24, 31), fill=c)
    d.rounded_rectangle((260, 9, 840, 37), radius=8, fill="white")
    d.text((280, 13), "northmoor.ac.uk/open-days/spring-2028", font=font(SANS, 16), fill=(60, 60, 60))
    rect(d, (0, 46, w, 130), (28, 36, 84))
    d.text((40, 66), "Northmoor University", font=font(SERIF_BOLD, 38), fill="white")
    d.text((w - 320, 80), "Study  Research  Visit", font=font(SANS, 20), fill=(200, 210, 240))
    rect(d, (0, 130, w, h), "white")
    d.text((40, 150), "Spring Open Day — Saturday 22 April 2028", font=font(BOLD, 32), fill=(28, 36, 84))
    rows = [("9:30", "Registration and welcome desk", "The Atrium"),
            ("10:00", "Welcome from the Vice-Chancellor", "Great Hall"),
            ("10:30", "Subject talks (see your booking email)", "various"),
            ("11:30", "Lab tours and campus tours", "from the Atrium"),
            ("13:00", "Accommodation talk", "Hadley Building, LT2"),
            ("14:00", "Student finance Q&A", "Library, room 1.04"),
            ("16:00", "Open day closes", "")]
    y = 215
    for t, what, where in rows:
        d.text((50, y), t, font=font(BOLD, 24), fill=(28, 36, 84))
        d.text((150, y), what, font=font(SANS, 24), fill=(20, 20, 20))
        d.text((700, y), where, font=font(SANS, 24), fill=(90, 90, 90))
        y += 50
        d.line((40, y - 10, w - 40, y - 10), fill=(225, 225, 230))
    y += 20
    d.text((50, y), "Free parking in Car Park C. Shuttle bus from the station every 15 minutes.",
           font=font(SANS, 21), fill=(20, 20, 20))
    d.text((50, y + 36), "Lunch vouchers are included with every booking.", font=font(SANS, 21), fill=(20, 20, 20))
    return img


def shed_notice():
    w, h = 900, 1000
    img = Image.new("RGB", (w, h), (60, 110, 70))
    d = ImageDraw.Draw(img)
    for x in range(0, w, 75):  # painted planks
        d.line((x, 0, x, h), fill=(40, 85, 50), width=4)
    nx, ny, nw, nh = 140, 110, 620, 780
    rect(d, (nx, ny, nx + nw, ny + nh), (252, 252, 248), outline=(200, 200, 200), width=3)
    for px, py in ((nx + 18, ny + 18), (nx + nw - 18, ny + 18)):
        d.ellipse((px - 9, py - 9, px + 9, py + 9), fill=(200, 40, 40))
    centered(d, nx + nw // 2, ny + 40, "GREENWELL COMMUNITY GARDEN", font(BOLD, 28), (30, 90, 40))
    centered(d, nx + nw // 2, ny + 80, "NOTICE", font(BOLD, 40), (30, 30, 30))
    lines = ["Work day: Saturday 1 April, 10 am - 1 pm",
             "Compost delivery at 9 am - bring",
             "   wheelbarrows please!",
             "Shed padlock code from 1 April: 2806",
             "Water butts: watering cans only,",
             "   NO hosepipes",
             "Plot inspections: Monday 15 May",
             "Next meeting: Tuesday 18 April, 7 pm,",
             "   church hall",
             "Questions? Joyce (secretary), plot 3"]
    draw_lines(img, (nx + 36, ny + 160), lines, font(SANS, 25), fill=(25, 25, 25), gap=22)
    return photographed(img, 2513, angle=1.5, bg=(40, 85, 50), pad=16)


def market_flyer():
    w, h = 760, 1080
    img = Image.new("RGB", (w, h), (255, 132, 20))
    d = ImageDraw.Draw(img)
    for i in range(12):  # bunting
        x = i * 66
        d.polygon([(x, 0), (x + 60, 0), (x + 30, 60)], fill=(200, 30, 40) if i % 3 == 0 else
                  ((255, 255, 255) if i % 3 == 1 else (30, 60, 160)))
    centered(d, w // 2, 100, "VRIJMARKT", font(BOLD, 84), "white")
    centered(d, w // 2, 200, "KONINGSDAG", font(BOLD, 60), (30, 30, 30))
    centered(d, w // 2, 290, "donderdag 27 april 2028", font(BOLD, 38), "white")
    centered(d, w // 2, 350, "Biltstraat & Wilhelminapark", font(SANS, 32), (30, 30, 30))
    centered(d, w // 2, 400, "07.00 - 17.00 uur", font(BOLD, 46), "white")
    rect(d, (50, 490, w - 50, 960), (255, 240, 220))
    lines = ["• Opbouwen vanaf 06.00 uur",
             "• Kleedje maximaal 2 x 2 meter",
             "• Geen verkoop van eten of drinken",
             "  zonder vergunning",
             "• Geen muziekinstallaties",
             "• Om 17.00 uur alles opruimen",
             "• Neem je afval mee naar huis",
             "",
             "Wijkcomité Oost  ·  wijkoost-utrecht.nl"]
    draw_lines(img, (80, 520), lines, font(SANS, 31), fill=(30, 30, 30), gap=14)
    return photo_finish(img, 2514, noise=3.0, blur=0.5)


def bakery_notice():
    w, h = 900, 1100
    img = Image.new("RGB", (w, h), (70, 55, 45))
    d = ImageDraw.Draw(img)
    rect(d, (90, 60, w - 90, h - 40), (150, 170, 180))  # glass door
    rect(d, (90, 60, w - 90, h - 40), None, outline=(40, 30, 25), width=18)
    nx, ny = 200, 170
    rect(d, (nx, ny, nx + 500, ny + 680), (252, 250, 240))
    d.text((nx + 30, ny + 30), "Boulangerie Pâtisserie", font=font(SERIF, 30), fill=(90, 50, 20))
    d.text((nx + 30, ny + 70), "DELAUNAY", font=font(SERIF_BOLD, 48), fill=(90, 50, 20))
    d.line((nx + 30, ny + 135, nx + 470, ny + 135), fill=(90, 50, 20), width=2)
    d.text((nx + 30, ny + 155), "Pont du 8 mai", font=font(HAND_BOLD, 42), fill=(20, 20, 100))
    lines = ["Dimanche 7 mai : 7h - 13h", "Lundi 8 mai : FERMÉ", "Mardi 9 mai : réouverture à 6h30"]
    y = draw_lines(img, (nx + 30, ny + 230), lines, font(HAND_BOLD, 32), fill=(20, 20, 20), gap=20)
    draw_lines(img, (nx + 30, y + 20), ["Pensez à commander", "vos pains la veille !"], font(HAND, 32),
               fill=(20, 20, 100), gap=10)
    draw_lines(img, (nx + 30, ny + 560), ["Horaires habituels :", "mar. - sam. 6h30 - 19h30",
                                          "dim. 7h - 13h"], font(SANS, 22), fill=(60, 60, 60), gap=6)
    d.text((100, h - 150), "POUSSEZ", font=font(BOLD, 30), fill=(240, 240, 240))
    return photo_finish(img.rotate(2, resample=Image.BICUBIC, fillcolor=(70, 55, 45)), 2515, noise=5, blur=0.6)


def tide_board():
    w, h = 1000, 720
    img = gradient((w, h), (150, 190, 225), (200, 215, 225))
    d = ImageDraw.Draw(img)
    rect(d, (0, 560, w, h), (185, 170, 140))  # sand
    rect(d, (480, 470, 520, 720), (90, 70, 50))  # post
    bx, by, bw, bh = 120, 50, 760, 470
    rect(d, (bx, by, bx + bw, by + bh), (20, 60, 110), outline=(230, 230, 230), width=6)
    centered(d, bx + bw // 2, by + 20, "HORAIRES DES MARÉES", font(BOLD, 38), "white")
    centered(d, bx + bw // 2, by + 70, "Baie du Mont-Saint-Michel  —  Mai 2028", font(SANS, 24), (220, 230, 240))
    head = ["Jour", "Pleine mer", "Pleine mer", "Coef."]
    xs = [bx + 40, bx + 250, bx + 440, bx + 630]
    y = by + 125
    for x, t in zip(xs, head, strict=True):
        d.text((x, y), t, font=font(BOLD, 24), fill=(255, 220, 120))
    rows = [("Ven. 5", "07h48", "20h05", "82"), ("Sam. 6", "08h27", "20h44", "90"),
            ("Dim. 7", "09h05", "21h21", "95"), ("Lun. 8", "09h43", "21h58", "97"),
            ("Mar. 9", "10h20", "22h36", "95")]
    for r in rows:
        y += 44
        for x, t in zip(xs, r, strict=True):
            d.text((x, y), t, font=font(MONO, 26), fill="white")
    centered(d, bx + bw // 2, by + bh - 60, "Ne traversez jamais la baie sans guide agréé !", font(BOLD, 24),
             (255, 120, 100))
    return photo_finish(img, 2516, noise=5, blur=0.6)


def holy_week_leaflet():
    w, h = 800, 1120
    doc = Image.new("RGB", (w, h), (248, 244, 236))
    d = ImageDraw.Draw(doc)
    rect(d, (30, 30, w - 30, h - 30), None, outline=(100, 40, 110), width=4)
    centered(d, w // 2, 70, "Hermandad del Santo Consuelo", font(SERIF_BOLD, 38), (100, 40, 110))
    centered(d, w // 2, 125, "Estación de penitencia", font(SERIF, 28), (40, 40, 40))
    centered(d, w // 2, 170, "Miércoles Santo, 12 de abril de 2028", font(SERIF_BOLD, 30), (40, 40, 40))
    d.line((80, 225, w - 80, 225), fill=(100, 40, 110), width=2)
    lines = ["Salida: 19:30, Iglesia del Salvador",
             "Carrera Oficial (La Campana): 21:45",
             "Santa Iglesia Catedral: 22:40",
             "Entrada: 02:15"]
    y = draw_lines(doc, (90, 255), lines, font(SERIF, 30), fill=(20, 20, 20), gap=18)
    d.text((90, y + 20), "Itinerario:", font=font(SERIF_BOLD, 28), fill=(100, 40, 110))
    itin = ["Plaza del Salvador, Cuna, La Campana, Sierpes,", "Plaza de San Francisco, Avenida, Catedral,",
            "Alemanes, Argote de Molina, Plaza del Salvador."]
    y = draw_lines(doc, (90, y + 65), itin, font(SERIF, 26), fill=(20, 20, 20), gap=10)
    notes = ["Se ruega no cruzar el cortejo.", "No se permiten carritos junto a los pasos.",
             "Puestos de agua en la Plaza del Salvador."]
    draw_lines(doc, (90, y + 40), notes, font(HAND, 28), fill=(20, 20, 20), gap=14)
    return photographed(doc, 2517, angle=-0.8, bg=(240, 240, 240), pad=12)


def liberation_screenshot():
    w, h = 560, 1120
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    status_bar(d, w, "17:12")
    d.text((20, 56), "comune_castelnuovo", font=font(BOLD, 22), fill="black")
    d.ellipse((w - 60, 56, w - 30, 86), outline="black", width=2)
    py = 110
    poster = Image.new("RGB", (w, 700), (200, 20, 35))
    pd = ImageDraw.Draw(poster)
    rect(pd, (0, 0, w // 3, 40), (0, 140, 70))
    rect(pd, (w // 3, 0, 2 * w // 3, 40), "white")
    centered(pd, w // 2, 70, "25 APRILE 2028", font(BOLD, 52), "white")
    centered(pd, w // 2, 140, "FESTA DELLA LIBERAZIONE", font(BOLD, 32), "white")
    centered(pd, w // 2, 190, "Comune di Castelnuovo", font(SANS, 26), (255, 230, 230))
    items = ["10:00  Corteo da Piazza Garibaldi", "11:00  Corona al monumento ai caduti",
             "12:30  Pranzo al sacco al Parco", "           della Rimembranza",
             "16:00  Concerto della banda cittadina", "18:00  Letture partigiane in biblioteca"]
    draw_lines(poster, (24, 260), items, font(BOLD, 21), fill="white", gap=24)
    img.paste(poster, (0, py))
    y = py + 720
    d.text((20, y), "Mi piace   Commenta   Condividi", font=font(SANS, 22), fill="black")
    d.text((20, y + 50), "Piace a 214 persone", font=font(BOLD, 20), fill="black")
    draw_lines(img, (20, y + 85), ["comune_castelnuovo Vi aspettiamo per festeggiare", "insieme il 25 aprile!"],
               font(SANS, 20), gap=6)
    return img


def shelter_profile():
    w, h = 800, 600
    img = Image.new("RGB", (w, h), (250, 247, 240))
    d = ImageDraw.Draw(img)
    rect(d, (0, 0, w, 64), (70, 120, 60))
    d.text((24, 14), "Tierheim Sonnenhof", font=font(BOLD, 30), fill="white")
    d.text((w - 250, 22), "Hunde · Katzen · Kleintiere", font=font(SANS, 16), fill=(230, 240, 220))
    photo = dog_scene((320, 300), seed=2518)
    img.paste(photo, (24, 90))
    d.text((370, 86), "LUNA", font=font(BOLD, 44), fill=(60, 40, 20))
    lines = ["Mischling · Hündin", "geboren ca. 03/2026", "Schulterhöhe 48 cm · 19 kg",
             "kastriert, geimpft, gechippt", "verträglich mit Kindern: ja", "verträglich mit Katzen: nein",
             "Schutzgebühr: 280 €"]
    draw_lines(img, (370, 150), lines, font(SANS, 22), fill=(30, 30, 30), gap=12)
    d.text((24, 420), "Luna ist eine fröhliche, etwas schüchterne Hündin. Sie sucht ein ruhiges Zuhause",
           font=font(SANS, 17), fill=(50, 50, 50))
    d.text((24, 444), "mit Garten und Menschen, die viel Zeit für sie haben.", font=font(SANS, 17), fill=(50, 50, 50))
    rect(d, (24, 500, w - 24, 570), (235, 242, 228))
    d.text((40, 518), "Kontakt: Frau Brandt  ·  Mo–Fr 14–17 Uhr", font=font(BOLD, 22), fill=(40, 80, 40))
    return img


def appointment_card():
    w, h = 700, 420
    card = Image.new("RGB", (w, h), (250, 252, 255))
    d = ImageDraw.Draw(card)
    rect(d, (0, 0, w, 80), (0, 150, 170))
    d.text((30, 18), "Brightsmile Dental Practice", font=font(BOLD, 32), fill="white")
    d.text((30, 92), "22 Kingsway, Bramford  ·  01632 960 418", font=font(SANS, 19), fill=(60, 60, 60))
    d.text((30, 132), "Your next appointment:", font=font(BOLD, 24), fill=(0, 110, 130))
    d.text((30, 175), "Tue 4 April 2028  at  8:40 am", font=font(HAND_BOLD, 38), fill=(20, 30, 120))
    d.text((30, 228), "with Dr A. Shah — check-up + filling", font=font(HAND_BOLD, 30), fill=(20, 30, 120))
    draw_lines(card, (30, 300), ["Please give at least 24 hours' notice if you need to cancel.",
                                 "Missed appointments may be charged."], font(SANS, 19), fill=(60, 60, 60))
    return photographed(card, 2519, angle=-4, bg=(150, 110, 80), pad=60)


def easter_menu():
    w, h = 760, 1000
    img = Image.new("RGB", (w, h), (236, 238, 238))  # fridge door
    d = ImageDraw.Draw(img)
    px, py, pw, ph = 110, 90, 540, 820
    rect(d, (px, py, px + pw, py + ph), (255, 253, 245))
    for y in range(py + 130, py + ph - 20, 46):
        d.line((px + 20, y, px + pw - 20, y), fill=(200, 215, 235), width=1)
    d.ellipse((px + pw // 2 - 26, py - 24, px + pw // 2 + 26, py + 28), fill=(230, 200, 40))  # magnet
    d.text((px + 40, py + 50), "Easter Sunday lunch - 16th April", font=font(HAND_BOLD, 31), fill=(130, 40, 120))
    lines = ["Starter: devilled eggs & smoked salmon", "Roast leg of lamb, rosemary & garlic",
             "Roast potatoes, honey carrots,", "   spring greens", "Mint sauce (Pat's!)",
             "Dessert: Nana's sherry trifle", "   + simnel cake", "", "Lamb in at 10:15 (2.2 kg)",
             "Egg hunt 11:00, lunch 1:00"]
    draw_lines(img, (px + 40, py + 140), lines, font(HAND, 29), fill=(25, 25, 70), gap=14)
    return photographed(img, 2520, angle=1.0, bg=(236, 238, 238), pad=10)


def seed_packet():
    w, h = 720, 1000
    img = skimage_photo("gravel", size=(w, h))
    img = tint(img, (0.75, 0.62, 0.48))
    d = ImageDraw.Draw(img)
    px, py, pw, ph = 150, 140, 420, 640
    rect(d, (px, py, px + pw, py + ph), (245, 240, 220), outline=(120, 90, 60), width=3)
    rect(d, (px, py, px + pw, py + 90), (110, 50, 130))
    centered(d, px + pw // 2, py + 12, "Dwarf French Bean", font(BOLD, 30), "white")
    centered(d, px + pw // 2, py + 52, "'Purple Teepee'", font(SERIF, 26), (240, 220, 250))
    lines = ["Sow outdoors: May - July", "Sow 5 cm deep, 10 cm apart", "Rows 45 cm apart",
             "Full sun, sheltered spot", "Harvest: July - October", "Approx. 50 seeds"]
    draw_lines(img, (px + 24, py + 120), lines, font(SANS, 24), fill=(30, 30, 30), gap=22)
    for i in range(6):  # purple pods
        x = px + 40 + i * 60
        d.arc((x, py + 500, x + 40, py + 620), 200, 340, fill=(100, 40, 120), width=10)
    img = photo_finish(img, 2521, noise=5, blur=0.6)
    d = ImageDraw.Draw(img)
    rect(d, (0, 860, w, 910), (0, 0, 0))
    centered(d, w // 2, 868, "beans for plot 7", font(SANS, 28), "white")
    return img


# --------------------------------------------------------------------------- photos


def estate_car(d, x0, y0, s=1.0, body=(188, 192, 198)):
    def P(x, y):
        return (x0 + x * s, y0 + y * s)
    d.polygon([P(0, 120), P(40, 110), P(120, 40), P(460, 30), P(520, 60), P(560, 115), P(565, 165), P(0, 165)],
              fill=body, outline=(80, 80, 85))
    d.polygon([P(140, 50), P(300, 45), P(300, 105), P(100, 108)], fill=(60, 80, 100))
    d.polygon([P(310, 45), P(455, 40), P(505, 100), P(310, 105)], fill=(60, 80, 100))
    d.line([P(305, 45), P(305, 160)], fill=(110, 110, 115), width=int(3 * s))
    d.line([P(20, 125), P(560, 125)], fill=(150, 150, 155), width=int(2 * s))
    for cx in (110, 450):
        d.ellipse([P(cx - 50, 115), P(cx + 50, 215)], fill=(25, 25, 25))
        d.ellipse([P(cx - 25, 140), P(cx + 25, 190)], fill=(170, 170, 175))
    d.rectangle([P(545, 118), P(565, 132)], fill=(240, 200, 60))
    d.rectangle([P(0, 118), P(14, 132)], fill=(200, 40, 40))


def car_forecourt():
    w, h = 1000, 700
    img = gradient((w, h), (130, 175, 225), (215, 230, 240))
    d = ImageDraw.Draw(img)
    rect(d, (0, 150, w, 420), (225, 225, 228))  # showroom
    rect(d, (40, 200, 960, 400), (120, 150, 170))
    for x in range(40, 960, 130):
        d.line((x, 200, x, 400), fill=(230, 230, 232), width=6)
    rect(d, (300, 160, 700, 195), (190, 20, 30))
    centered(d, 500, 164, "BROOKFIELD CAR SALES", font(BOLD, 26), "white")
    rect(d, (0, 420, w, h), (95, 95, 100))
    for x in range(-100, w, 200):
        d.line((x, h, x + 150, 420), fill=(230, 230, 230), width=4)
    # bunting across the top
    d.line((0, 60, w, 100), fill=(60, 60, 60), width=2)
    for i in range(20):
        x = i * 52
        y = 60 + 40 * x / w
        col = [(220, 30, 40), (30, 80, 200), (250, 210, 30), (40, 160, 70)][i % 4]
        d.polygon([(x, y), (x + 40, y + 2), (x + 20, y + 45)], fill=col)
    estate_car(d, 200, 380, 1.05)
    return photo_finish(img, 2522)


def old_kitchen():
    w, h = 1000, 720
    img = Image.new("RGB", (w, h), (226, 214, 180))
    d = ImageDraw.Draw(img)
    for y in range(300, 430, 30):  # tiles
        for x in range(0, w, 30):
            rect(d, (x, y, x + 29, y + 29), (214, 196, 150), outline=(190, 175, 135))
    rect(d, (380, 70, 620, 290), (170, 200, 220), outline=(240, 240, 240), width=12)  # window
    d.line((500, 70, 500, 290), fill=(240, 240, 240), width=8)
    for x in (40, 220, 660, 830):  # wall cupboards
        rect(d, (x, 60, x + 150, 260), (175, 120, 60), outline=(120, 80, 40), width=4)
        d.ellipse((x + 120, 150, x + 132, 162), fill=(200, 180, 120))
    rect(d, (0, 430, w, 455), (200, 190, 170))  # worktop
    rect(d, (400, 432, 600, 452), (190, 190, 195))  # sink
    d.line((500, 390, 500, 432), fill=(160, 160, 165), width=8)
    d.line((500, 390, 530, 400), fill=(160, 160, 165), width=6)
    for x in range(0, w, 170):  # base cupboards
        rect(d, (x + 5, 460, x + 165, 700), (175, 120, 60), outline=(120, 80, 40), width=4)
        d.ellipse((x + 75, 480, x + 95, 490), fill=(200, 180, 120))
    rect(d, (690, 455, 850, 700), (240, 240, 235), outline=(120, 120, 120), width=3)  # cooker
    rect(d, (705, 530, 835, 680), (40, 40, 40))
    for cx in (730, 810):
        d.ellipse((cx - 18, 470, cx + 18, 500), outline=(60, 60, 60), width=3)
    rect(d, (0, 700, w, h), (150, 130, 110))
    return photo_finish(img, 2523)


def brick_wall():
    img = skimage_photo("brick", size=(900, 675))
    img = tint(img, (1.15, 0.78, 0.62))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 0), (260, 0), (180, 120), (0, 200)], fill=(215, 205, 190))  # leftover plaster
    d.polygon([(900, 675), (640, 675), (760, 560), (900, 520)], fill=(205, 196, 182))
    return photo_finish(img, 2524, noise=4, blur=0.5)


def painted_eggs():
    w, h = 900, 700
    img = grass_bg((w, h))
    d = ImageDraw.Draw(img)
    d.ellipse((170, 330, 730, 640), fill=(150, 100, 50))  # basket body
    for x in range(190, 720, 22):
        d.line((x, 380, x + 10, 620), fill=(110, 70, 35), width=3)
    d.arc((230, 120, 670, 520), 180, 360, fill=(130, 85, 40), width=18)  # handle
    eggs = [(255, 250, (220, 60, 60)), (345, 240, (60, 120, 220)), (435, 240, (250, 200, 40)),
            (525, 250, (150, 60, 180)), (300, 330, (250, 130, 30)), (390, 325, (50, 170, 90)),
            (480, 330, (240, 110, 170))]
    for x, y, c in eggs:
        d.ellipse((x, y, x + 70, y + 95), fill=c, outline=(60, 40, 30), width=2)
        d.line((x + 6, y + 40, x + 64, y + 40), fill="white", width=5)
        for k in range(3):
            d.ellipse((x + 14 + 16 * k, y + 60, x + 22 + 16 * k, y + 68), fill="white")
    rect(d, (200, 410, 700, 440), (150, 100, 50))  # basket rim just below the eggs
    for x in range(200, 700, 22):
        d.line((x, 410, x + 6, 440), fill=(110, 70, 35), width=3)
    return photo_finish(img, 2525)


def dog_scene(size=(900, 700), seed=2526):
    w, h = size
    img = grass_bg((w, h))
    d = ImageDraw.Draw(img)
    sx, sy = w / 900, h / 700

    def B(x0, y0, x1, y1):
        return (x0 * sx, y0 * sy, x1 * sx, y1 * sy)
    brown, white = (150, 95, 50), (240, 235, 225)
    d.ellipse(B(300, 330, 620, 620), fill=brown)  # sitting body
    d.ellipse(B(380, 400, 520, 600), fill=white)  # chest
    d.ellipse(B(330, 560, 420, 630), fill=white)  # paws
    d.ellipse(B(480, 560, 570, 630), fill=white)
    d.ellipse(B(560, 520, 720, 600), fill=brown)  # tail/haunch
    d.ellipse(B(340, 140, 580, 380), fill=brown)  # head
    d.ellipse(B(410, 250, 510, 370), fill=white)  # muzzle
    d.polygon([(350 * sx, 170 * sy), (300 * sx, 320 * sy), (380 * sx, 260 * sy)], fill=(110, 65, 35))  # ears
    d.polygon([(570 * sx, 170 * sy), (620 * sx, 320 * sy), (540 * sx, 260 * sy)], fill=(110, 65, 35))
    d.ellipse(B(400, 230, 425, 255), fill=(20, 20, 20))  # eyes
    d.ellipse(B(495, 230, 520, 255), fill=(20, 20, 20))
    d.ellipse(B(445, 290, 475, 312), fill=(20, 20, 20))  # nose
    d.arc(B(430, 300, 490, 345), 20, 160, fill=(60, 30, 20), width=max(1, int(3 * sx)))
    d.rectangle(B(370, 372, 550, 392), fill=(200, 30, 40))  # red collar
    d.ellipse(B(450, 385, 470, 405), fill=(230, 200, 60))
    return photo_finish(img, seed)


def procession():
    w, h = 1000, 720
    img = gradient((w, h), (10, 12, 30), (40, 30, 40))
    d = ImageDraw.Draw(img)
    for x0, x1, top in ((0, 220, 80), (780, 1000, 60)):  # buildings
        rect(d, (x0, top, x1, h), (70, 55, 50))
        for y in range(top + 40, 500, 90):
            rect(d, (x0 + 40, y, x0 + 90, y + 55), (200, 150, 60))
    rect(d, (0, 560, w, h), (55, 50, 50))  # street
    # the paso: gold base, canopy and candles
    rect(d, (330, 420, 690, 520), (190, 150, 50))
    for x in range(340, 690, 30):
        d.line((x, 430, x, 510), fill=(150, 110, 30), width=3)
    rect(d, (330, 520, 690, 560), (80, 20, 60))  # velvet skirt
    rect(d, (350, 230, 670, 260), (80, 20, 70))  # canopy (palio)
    for x in (360, 660):
        d.line((x, 260, x, 420), fill=(210, 180, 90), width=6)
    d.ellipse((480, 270, 540, 330), fill=(230, 200, 170))  # figure's face
    d.polygon([(450, 330), (570, 330), (600, 420), (420, 420)], fill=(30, 60, 130))  # mantle
    for i, x in enumerate(range(365, 660, 22)):  # candles
        y = 375 + (i % 3) * 12
        d.line((x, y, x, y + 40), fill=(240, 235, 220), width=5)
        d.ellipse((x - 5, y - 12, x + 5, y + 2), fill=(255, 210, 90))
    # nazarenos in pointed hoods, candles in hand
    for x in (90, 190, 800, 900):
        d.polygon([(x, 400), (x - 35, 500), (x + 35, 500)], fill=(120, 40, 130))
        rect(d, (x - 35, 500, x + 35, 640), (240, 240, 240))
        d.ellipse((x - 12, 445, x - 4, 453), fill=(10, 10, 10))
        d.ellipse((x + 4, 445, x + 12, 453), fill=(10, 10, 10))
        d.line((x + 40, 520, x + 40, 620), fill=(240, 235, 220), width=6)
        d.ellipse((x + 34, 505, x + 46, 522), fill=(255, 210, 90))
    for x in range(0, w, 45):  # crowd silhouettes
        d.ellipse((x, 600, x + 40, 640), fill=(15, 15, 20))
        rect(d, (x - 5, 630, x + 45, h), (15, 15, 20))
    return photo_finish(img, 2527, noise=8, blur=0.9)


def picnic():
    w, h = 1000, 720
    img = grass_bg((w, h))
    d = ImageDraw.Draw(img)
    bx0, by0, bx1, by1 = 120, 120, 880, 640
    for i, x in enumerate(range(bx0, bx1, 40)):
        for j, y in enumerate(range(by0, by1, 40)):
            c = (200, 30, 40) if (i + j) % 2 == 0 else (245, 240, 235)
            rect(d, (x, y, x + 40, y + 40), c)
    rect(d, (200, 190, 480, 380), (225, 170, 80), outline=(170, 110, 40), width=4)  # focaccia
    for x in range(220, 470, 35):
        for y in range(210, 370, 35):
            d.ellipse((x, y, x + 10, y + 10), fill=(170, 110, 40))
    d.ellipse((560, 200, 780, 420), fill=(235, 225, 200), outline=(180, 150, 90), width=6)  # torta salata
    d.ellipse((590, 230, 750, 390), fill=(200, 190, 90))
    rect(d, (300, 430, 335, 600), (60, 20, 40))  # wine bottle
    rect(d, (310, 400, 325, 430), (60, 20, 40))
    rect(d, (300, 490, 335, 530), (240, 230, 210))
    for x in (380, 440):  # glasses
        d.polygon([(x, 470), (x + 40, 470), (x + 34, 520), (x + 6, 520)], fill=(230, 240, 245), outline=(150, 150, 160))
        d.line((x + 20, 520, x + 20, 570), fill=(150, 150, 160), width=3)
    d.ellipse((600, 470, 760, 600), fill=(255, 255, 255), outline=(200, 200, 200), width=3)  # plate of salame
    for cx, cy in ((640, 510), (690, 505), (725, 540), (650, 560), (700, 570)):
        d.ellipse((cx - 22, cy - 22, cx + 22, cy + 22), fill=(170, 40, 50))
        d.ellipse((cx - 5, cy - 5, cx + 3, cy + 3), fill=(240, 220, 220))
    d.ellipse((820, 40, 960, 90), fill=(240, 240, 240), outline=(200, 200, 200))  # frisbee on the grass
    return photo_finish(img, 2528)


def garden_shed():
    w, h = 1000, 720
    img = gradient((w, h), (150, 195, 235), (220, 232, 240))
    d = ImageDraw.Draw(img)
    grass = grass_bg((w, 300))
    img.paste(grass, (0, 420))
    gravel = tint(skimage_photo("gravel", size=(260, 300)), (0.95, 0.9, 0.85))
    path = Image.new("L", (w, 300), 0)
    ImageDraw.Draw(path).polygon([(430, 0), (560, 0), (700, 300), (300, 300)], fill=255)
    full = Image.new("RGB", (w, 300))
    full.paste(gravel.resize((w, 300)), (0, 0))
    img.paste(full, (0, 420), path)
    d = ImageDraw.Draw(img)
    d.polygon([(280, 200), (500, 110), (720, 200)], fill=(90, 60, 40))  # roof
    rect(d, (300, 200, 700, 460), (50, 110, 70))  # shed
    for x in range(300, 700, 40):
        d.line((x, 200, x, 460), fill=(35, 85, 50), width=3)
    rect(d, (460, 270, 560, 460), (40, 90, 55), outline=(25, 60, 35), width=4)  # door
    rect(d, (330, 250, 420, 320), (170, 200, 220), outline=(230, 230, 230), width=5)  # window
    rect(d, (740, 300, 830, 470), (30, 80, 170))  # water butt
    d.ellipse((740, 285, 830, 315), fill=(40, 95, 190))
    d.line((770, 440, 770, 455), fill=(200, 200, 200), width=6)
    # wheelbarrow
    d.polygon([(120, 470), (300, 470), (270, 540), (150, 540)], fill=(200, 60, 40))
    d.ellipse((110, 520, 160, 570), fill=(30, 30, 30))
    d.line((300, 470, 360, 500), fill=(120, 80, 50), width=8)
    d.line((270, 540, 265, 580), fill=(90, 90, 90), width=6)
    # tulip bed
    for i, x in enumerate(range(720, 990, 26)):
        d.line((x, 560, x, 620), fill=(40, 130, 40), width=4)
        d.ellipse((x - 10, 540, x + 10, 568), fill=[(230, 40, 60), (250, 200, 40), (240, 120, 180)][i % 3])
    return photo_finish(img, 2529)


# --------------------------------------------------------------------------- the King's Day album


def canal_street():
    w, h = 1000, 720
    img = gradient((w, h), (140, 185, 230), (215, 228, 240))
    d = ImageDraw.Draw(img)
    cols = [(140, 60, 45), (110, 50, 40), (160, 80, 55), (90, 45, 40), (150, 70, 50)]
    for i, x in enumerate(range(0, w, 200)):  # gabled canal houses
        top = 120 + (i % 2) * 40
        rect(d, (x, top, x + 200, 470), cols[i % 5])
        d.polygon([(x + 40, top), (x + 100, top - 80), (x + 160, top)], fill=cols[i % 5])
        for y in range(top + 30, 440, 80):
            for k in (30, 120):
                rect(d, (x + k, y, x + k + 45, y + 55), (235, 235, 225))
    rect(d, (0, 470, w, 520), (120, 110, 100))  # quay
    rect(d, (0, 520, w, h), (60, 90, 85))  # canal water
    for y in range(540, h, 22):
        d.line((0, y, w, y + 6), fill=(80, 115, 110), width=2)
    for row, y0 in enumerate((60, 150)):  # orange bunting across the street
        d.line((0, y0, w, y0 + 30), fill=(60, 60, 60), width=2)
        for i in range(25):
            x = i * 42 + row * 20
            y = y0 + 30 * x / w
            d.polygon([(x, y), (x + 34, y + 1), (x + 17, y + 40)], fill=(255, 130, 20) if i % 2 else (255, 170, 40))
    return photo_finish(img, 2530)


def toy_blanket():
    w, h = 1000, 720
    img = Image.new("RGB", (w, h), (150, 145, 140))  # pavement
    d = ImageDraw.Draw(img)
    for y in range(0, h, 60):
        for x in range((y // 60 % 2) * 30, w, 60):
            rect(d, (x, y, x + 58, y + 58), (160, 155, 148))
    rect(d, (120, 100, 880, 640), (60, 110, 170))  # blanket
    for x in range(120, 880, 60):
        d.line((x, 100, x, 640), fill=(80, 130, 190), width=3)
    for i, (x, y) in enumerate([(160, 140), (230, 150), (300, 135)]):  # books
        rect(d, (x, y, x + 60, y + 90), [(200, 40, 40), (40, 140, 80), (230, 190, 40)][i], outline=(30, 30, 30))
    rect(d, (160, 260, 360, 300), (240, 230, 200), outline=(60, 60, 60))  # stack of books
    rect(d, (170, 300, 370, 340), (120, 60, 140), outline=(60, 60, 60))
    d.ellipse((450, 150, 560, 260), fill=(240, 60, 60))  # ball
    d.arc((450, 150, 560, 260), 200, 340, fill="white", width=6)
    rect(d, (620, 150, 780, 230), (250, 200, 30))  # toy truck
    d.ellipse((630, 220, 670, 260), fill=(30, 30, 30))
    d.ellipse((730, 220, 770, 260), fill=(30, 30, 30))
    d.ellipse((430, 380, 560, 520), fill=(170, 120, 70))  # teddy bear
    d.ellipse((455, 320, 535, 400), fill=(170, 120, 70))
    d.ellipse((450, 315, 475, 340), fill=(150, 100, 55))
    d.ellipse((515, 315, 540, 340), fill=(150, 100, 55))
    d.ellipse((478, 350, 488, 360), fill=(20, 20, 20))
    d.ellipse((502, 350, 512, 360), fill=(20, 20, 20))
    for i in range(4):  # building blocks
        rect(d, (620 + i * 50, 400, 660 + i * 50, 440), [(40, 100, 220), (220, 40, 40), (40, 180, 80), (250, 200, 30)][i])
    for x in (180, 260):  # LP records
        d.ellipse((x, 460, x + 110, 570), fill=(20, 20, 20))
        d.ellipse((x + 40, 500, x + 70, 530), fill=(230, 120, 30))
    d.text((700, 560), "€1", font=font(MARKER, 40), fill="white")
    return photo_finish(img, 2531)


def stall_sign():
    w, h = 1000, 720
    img = Image.new("RGB", (w, h), (160, 155, 148))
    d = ImageDraw.Draw(img)
    rect(d, (0, 0, w, 260), (140, 70, 55))  # house wall
    rect(d, (420, 230, 980, 300), (200, 170, 120))  # table top
    rect(d, (440, 300, 960, 600), (170, 140, 100))
    for i, x in enumerate(range(450, 950, 120)):  # crates of books and toys
        rect(d, (x, 150, x + 105, 235), (190, 150, 90), outline=(120, 90, 50), width=4)
        for k in range(6):
            rect(d, (x + 8 + k * 16, 120, x + 20 + k * 16, 200),
                 [(200, 40, 40), (40, 100, 200), (240, 200, 40), (40, 160, 80)][(k + i) % 4])
    # A-frame chalkboard
    d.polygon([(80, 700), (140, 180), (420, 180), (480, 700)], fill=(120, 85, 50))
    rect(d, (140, 210, 420, 640), (30, 35, 32))
    centered(d, 280, 240, "ALLES", font(MARKER, 58), "white")
    centered(d, 280, 310, "€1", font(MARKER, 84), (255, 160, 40))
    draw_lines(img, (170, 440), ["boeken", "speelgoed", "lp's"], font(HAND_BOLD, 34), fill=(240, 240, 240), gap=4)
    centered(d, 280, 585, "Tikkie of contant", font(HAND_BOLD, 28), (255, 220, 120))
    return photo_finish(img, 2532)


def canal_boat():
    w, h = 1000, 720
    img = gradient((w, h), (130, 180, 230), (210, 225, 240))
    d = ImageDraw.Draw(img)
    for i, x in enumerate(range(0, w, 160)):
        rect(d, (x, 140 + (i % 2) * 30, x + 160, 380), [(130, 60, 45), (100, 50, 40), (150, 85, 60)][i % 3])
        for y in range(190, 360, 70):
            rect(d, (x + 30, y, x + 70, y + 45), (230, 230, 220))
            rect(d, (x + 95, y, x + 135, y + 45), (230, 230, 220))
    rect(d, (0, 380, w, 420), (120, 110, 100))
    rect(d, (0, 420, w, h), (55, 85, 80))
    for y in range(440, h, 20):
        d.line((0, y, w, y + 5), fill=(75, 110, 105), width=2)
    d.polygon([(120, 520), (880, 520), (840, 610), (160, 610)], fill=(90, 60, 40))  # open boat
    rect(d, (120, 505, 880, 525), (230, 230, 230))
    for i, x in enumerate(range(160, 860, 52)):  # people in orange
        top = 420 + (i % 3) * 12
        d.ellipse((x, top, x + 34, top + 34), fill=(230, 190, 160))
        d.rounded_rectangle((x - 6, top + 34, x + 40, 515), radius=10, fill=(255, 120, 10))
        if i % 4 == 0:
            d.line((x + 17, top, x + 17, top - 70), fill=(60, 60, 60), width=3)  # a Dutch flag
            d.rectangle((x + 17, top - 70, x + 67, top - 56), fill=(200, 30, 40))
            d.rectangle((x + 17, top - 56, x + 67, top - 42), fill="white")
            d.rectangle((x + 17, top - 42, x + 67, top - 28), fill=(30, 60, 160))
    return photo_finish(img, 2533)


def tompouces():
    w, h = 900, 700
    img = Image.new("RGB", (w, h), (200, 165, 120))  # wooden table
    d = ImageDraw.Draw(img)
    for y in range(0, h, 70):
        d.line((0, y, w, y + 10), fill=(170, 135, 95), width=4)
    d.ellipse((120, 110, 780, 610), fill=(250, 250, 250), outline=(210, 210, 210), width=6)  # plate
    for x, y in [(230, 220), (450, 220), (230, 400), (450, 400)]:
        rect(d, (x, y + 50, x + 200, y + 110), (245, 225, 160))  # cream
        rect(d, (x, y + 110, x + 200, y + 125), (220, 170, 90))  # pastry
        rect(d, (x, y + 35, x + 200, y + 50), (220, 170, 90))
        rect(d, (x, y + 15, x + 200, y + 35), (255, 130, 20))  # orange icing
    return photo_finish(img, 2534)


IMAGES = {
    "Screenshot_20280315-204512_AutoTrader.jpg": listing,
    "PXL_20280318_101233456.jpg": windscreen_sticker,
    "CamScanner 03-23-2028 14.05.jpg": kitchen_quote,
    "Screenshot 2028-04-14 at 21.07.33.png": open_day_screen,
    "IMG20280325103045.jpg": shed_notice,
    "photo_2028-04-20_17-42-09.jpg": market_flyer,
    "P1030214.JPG": bakery_notice,
    "P1030221.JPG": tide_board,
    "Scanned_20280410-1832.jpg": holy_week_leaflet,
    "Screenshot_20280419_171203_com.instagram.android.jpg": liberation_screenshot,
    "luna-sonnenhof-800x600.webp": shelter_profile,
    "IMG_20280329_104410_432.jpg": appointment_card,
    "FullSizeRender.jpg": easter_menu,
    "Snapchat-1448201937.jpg": seed_packet,
    "PXL_20280318_101544321.MP.jpg": car_forecourt,
    "WIN_20280323_14_02_11_Pro.jpg": old_kitchen,
    "Image from iOS.jpg": brick_wall,
    "P4160031.JPG": painted_eggs,
    "Messenger_creation_5D8F2A41-90B3-4C1B-9E0B-1A2B3C4D5E6F.jpeg": dog_scene,
    "_DSC4471.JPG": procession,
    "MVIMG_20280425_132044.jpg": picnic,
    "GOPR0412.JPG": garden_shed,
    ALBUM + "R0010235.JPG": canal_street,
    ALBUM + "R0010241.JPG": toy_blanket,
    ALBUM + "R0010247.JPG": stall_sign,
    ALBUM + "R0010252.JPG": canal_boat,
    ALBUM + "R0010260.JPG": tompouces,
}


def main() -> None:
    paths = save_images(OUT, IMAGES)
    paths += synthesize(SPEECH, OUT, speed=150, pause=0.6)
    paths += synthesize(SPEECH_WAV, OUT, speed=165, max_seconds=18.0)
    report(sorted(paths), MAX_BYTES)


if __name__ == "__main__":
    main()
