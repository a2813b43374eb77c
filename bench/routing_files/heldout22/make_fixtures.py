"""Regenerate the fixture files of the twenty-second held-out routing set (bench/routing_heldout22/).

Run from the repo root (or by absolute path from anywhere) with the project's interpreter:

    .venv/bin/python bench/routing_files/heldout22/make_fixtures.py

Needs Pillow, numpy and scikit-image (bundled samples only, no download), espeak-ng and ffmpeg. No model.
Everything is drawn or synthesized deterministically with the shared helpers in
bench/routing_files/fixture_kit.py, so a rerun reproduces every file byte for byte.

The scenario is early summer 2027: two house moves (Ashcombe Road -> Orchard Lane in England, the
Lindenstrasse in Germany), a closing in the US, a barn wedding in Oxfordshire (Saturday 26 June), a
French wedding's florist, a music festival (Meadowlark, 18-20 June; the album meadowlark_fest_2027/),
Fete de la musique, Santo Antonio in Lisbon, San Juan in Alicante, a new lawn in the Netherlands and a
Dutch moving card.
"""

from __future__ import annotations

import math
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
    ROOT,
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
ALBUM = "meadowlark_fest_2027"
MAX_BYTES = 300_000

# --------------------------------------------------------------------------- audio

SPEECH: dict[str, list[tuple[str, str]]] = {
    "Call recording Swift Removals_270601_093014.m4a": [
        ("en-gb-x-gbcwmd", "Hello, is that Mr Hollis? It's Kelly from Swift Removals, just calling to confirm "
                           "your move on Friday the eleventh of June."),
        ("en-gb-x-rp", "Yes, hi Kelly. Is it still an early start?"),
        ("en-gb-x-gbcwmd", "It is. The crew of three will be with you at eight a.m. at Ashcombe Road, and we aim "
                           "to be at the new house on Orchard Lane by two."),
        ("en-gb-x-rp", "Great. Anything I need to sort out before then?"),
        ("en-gb-x-gbcwmd", "Please get a parking permit for the van outside the old house, defrost the freezer the "
                           "day before, and keep the kettle and the children's bedding out of the boxes. The "
                           "balance is nine hundred and thirty pounds, payable on the day, and your job number is "
                           "S R 5 0 8 2."),
        ("en-gb-x-rp", "Perfect, thanks Kelly. See you on the eleventh."),
    ],
    "PTT-20270605-WA0012.opus": [
        ("en-us", "Hey Olivia, it's Jenna! Okay, wedding stuff. The rehearsal is Friday June twenty fifth at five "
                  "at Wrenfield Barn, and the rehearsal dinner is at seven thirty at Lucia's on Water Street. Your "
                  "final dress fitting got moved to Tuesday the twenty second at noon. Hair and makeup start at "
                  "nine on Saturday in the bridal cottage, so be there by eight forty five, okay? And don't forget "
                  "the ring pillow and Grandma's brooch. Love you, bye!"),
    ],
    "Neue Aufnahme 7.m4a": [
        ("de", "Hi, hier ist Jens. Wegen Samstag, dem zwölften Juni: Wir treffen uns um sieben Uhr an der alten "
               "Wohnung in der Lindenstraße. Ich hole den Transporter um halb sieben bei der Vermietung ab. Denk "
               "dran, es gibt keinen Aufzug und die Wohnung ist im dritten Stock, also brauchen wir für die "
               "Waschmaschine zwei Leute und die Tragegurte. Das Halteverbot gilt ab sieben. Mittags gibt es "
               "Pizza, abends grillen wir im neuen Garten. Bis dann!"),
    ],
    "Enregistrement (4).m4a": [
        ("fr-fr", "Bonjour, c'est Amélie, de l'atelier Fleurs de Lune. Mauvaise nouvelle pour les pivoines : le "
                  "producteur n'en a plus. Je vous propose des roses de jardin blanches et des renoncules à la "
                  "place, pour le même prix. Je livre le samedi vingt-six juin à dix heures au Domaine des "
                  "Oliviers : douze centres de table, l'arche et le bouquet de la mariée. Le total reste à mille "
                  "quatre cent quatre-vingts euros, et le solde est à régler avant le dix-huit juin. Rappelez-moi "
                  "au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit. Bonne journée !"),
    ],
    "Nuova registrazione 14.m4a": [
        ("it", "Ciao, sono Giulia! Allora, per il festival Onde Lunghe a Ferrara ci vediamo venerdì diciotto "
               "giugno alle diciotto al cancello B, vicino al parcheggio delle biciclette. Il braccialetto si "
               "ritira alla cassa con il codice QR e un documento. Porta una borraccia vuota, la riempiamo "
               "dentro. Niente ombrelli e niente bottiglie di vetro. L'ultimo treno per Bologna è alle zero e "
               "quaranta, quindi non facciamo tardi. A dopo!"),
    ],
    "Nova gravação 9.m4a": [
        ("pt", "Olá, é a Rita. Para o Santo António: as marchas na Avenida da Liberdade são no sábado, dia doze, "
               "às nove da noite. Encontramo-nos às oito no miradouro de Santa Luzia e descemos a pé para "
               "Alfama. Leva dinheiro, porque muitas bancas não aceitam cartão. Eu levo os manjericos para a tua "
               "mãe. No domingo, dia treze, há sardinhada em casa da minha tia às duas da tarde. Beijinhos!"),
    ],
    "Spraakmemo 003.m4a": [
        ("nl", "Hallo, met Wim van hoveniersbedrijf De Linde. De graszoden worden dinsdag vijftien juni tussen "
               "acht en tien uur bezorgd. De eerste twee weken elke avond sproeien, en niet maaien voor de derde "
               "week. De beukenhaag planten we donderdag. De factuur komt per mail, zeshonderdveertig euro, graag "
               "binnen veertien dagen betalen. Tot dinsdag!"),
    ],
    "WhatsApp Audio 2027-06-14 at 20.41.07.ogg": [
        ("es", "¡Hola! Soy Lucía. Para la noche de San Juan, el miércoles veintitrés, quedamos a las nueve en la "
               "playa del Postiguet, junto a la caseta de los socorristas. Trae una toalla, algo de picar y un "
               "papel para escribir tus deseos, que a medianoche los quemamos en la hoguera. No se puede llevar "
               "vidrio a la playa. Mi hermano trae la nevera con la sangría. ¡Un beso!"),
    ],
    "ZOOM0042.WAV": [
        ("en-gb-x-rp", "Moving list. Meter readings on the eleventh. Redirect the post. Tell the council and "
                       "the bank. Cancel the window cleaner. Register the kids with the new G P. Old keys back "
                       "to the agent by noon."),
    ],
    "WS450017.MP3": [
        ("en-us-nyc", "Hi Dana, it's Raj Patel from Oakridge Realty. Good news, everything's cleared for "
                      "closing. Closing is Thursday, June seventeenth, at two p.m. at Liberty Title on Fifth "
                      "Avenue, suite four hundred. The final walkthrough is that morning at eleven. Bring a photo "
                      "ID and a cashier's check for eight thousand four hundred twelve dollars and fifty cents, "
                      "made out to Liberty Title. You'll get the keys right after signing. Call me with any "
                      "questions."),
    ],
    "signal-2027-06-06-201145.aac": [
        ("en-gb-scotland", "Right, it's Callum. Meadowlark stuff. We're pitching in the Orchard field, by the "
                           "blue flag, so look for that. Wristbands get swapped at gate C, not the main gate, so "
                           "bring your e-ticket and your I D. Bar tokens are five pounds each, cash or card. The "
                           "last shuttle bus back to the station goes at one in the morning on Sunday. Oh, and "
                           "bring a head torch. Cheers."),
    ],
    "voice-note-20270612-0915.webm": [
        ("en-029", "Hi Olivia and Sam, Andre here, your photographer. Quick notes for the twenty sixth. Golden "
                   "hour is around eight forty, so we'll sneak out for twenty minutes after the first dance. "
                   "Family group photos are straight after the ceremony on the lawn, so please send me the list "
                   "of names by Friday. I'll bring a second shooter, Maya. If it rains, we'll use the orchard "
                   "barn. Talk soon."),
    ],
}

# --------------------------------------------------------------------------- helpers


def paper(size, colour=(250, 248, 242)) -> Image.Image:
    return Image.new("RGB", size, colour)


def centred(d: ImageDraw.ImageDraw, w: int, y: int, text: str, f, fill="black") -> int:
    tw = d.textlength(text, font=f)
    d.text(((w - tw) / 2, y), text, font=f, fill=fill)
    return y + getattr(f, "size", 11) + 8


def box3d(d: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, depth: int, label: str | None = None):
    """A cardboard box seen slightly from above and to the right: front, top and side faces."""
    front, top, side = (184, 138, 88), (204, 160, 108), (150, 110, 68)
    d.polygon([(x, y), (x + depth, y - depth // 2), (x + w + depth, y - depth // 2), (x + w, y)], fill=top)
    d.polygon([(x + w, y), (x + w + depth, y - depth // 2), (x + w + depth, y + h - depth // 2), (x + w, y + h)],
              fill=side)
    d.rectangle([x, y, x + w, y + h], fill=front)
    d.rectangle([x + w // 2 - 14, y, x + w // 2 + 14, y + h // 3], fill=(214, 190, 150))  # tape
    d.polygon([(x + w // 2 - 14, y), (x + w // 2 + 14, y), (x + w // 2 + 14 + depth, y - depth // 2),
               (x + w // 2 - 14 + depth, y - depth // 2)], fill=(222, 200, 160))
    if label:
        f = font(MARKER, max(16, w // 8))
        tw = d.textlength(label, font=f)
        d.text((x + (w - tw) / 2, y + h // 2), label, font=f, fill=(30, 30, 30))


def flower(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int, petal, centre, n: int = 8):
    for k in range(n):
        a = 2 * math.pi * k / n
        px, py = cx + r * 0.55 * math.cos(a), cy + r * 0.55 * math.sin(a)
        d.ellipse([px - r * 0.55, py - r * 0.55, px + r * 0.55, py + r * 0.55], fill=petal)
    d.ellipse([cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35], fill=centre)


def peony(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int, base):
    """Layered ruffled petals, darker towards the middle."""
    for layer in range(5):
        rr = r * (1 - layer * 0.17)
        shade = tuple(max(0, c - layer * 14) for c in base)
        for k in range(10):
            a = 2 * math.pi * (k + layer * 0.5) / 10
            px, py = cx + rr * 0.45 * math.cos(a), cy + rr * 0.45 * math.sin(a)
            d.ellipse([px - rr * 0.5, py - rr * 0.45, px + rr * 0.5, py + rr * 0.45], fill=shade)


# --------------------------------------------------------------------------- text images


def van_booking() -> Image.Image:
    """An iPhone screenshot of a van-hire booking confirmation."""
    w, h = 750, 1334
    img = Image.new("RGB", (w, h), (244, 245, 248))
    d = ImageDraw.Draw(img)
    d.text((30, 14), "9:41", font=font(BOLD, 26), fill="black")
    d.text((w - 130, 14), "5G  82%", font=font(BOLD, 24), fill="black")
    d.rectangle([0, 60, w, 170], fill=(236, 92, 36))
    d.text((30, 80), "QuickVan Rentals", font=font(BOLD, 40), fill="white")
    d.text((30, 130), "Booking confirmed", font=font(SANS, 26), fill=(255, 235, 220))
    d.rounded_rectangle([24, 200, w - 24, 1240], radius=18, fill="white", outline=(220, 220, 226))
    rows = [
        ("Reference", "QV-77310"),
        ("Driver", "Priya Nair"),
        ("Vehicle", "3.5 t Luton van with tail lift"),
        ("Pick-up", "Sat 5 Jun 2027, 08:00"),
        ("", "Kirkstall Road depot, Leeds LS4"),
        ("Return", "Sun 6 Jun 2027, 08:00"),
        ("", "same depot (key box if closed)"),
        ("Mileage", "150 miles included"),
        ("", "extra miles 25p each"),
        ("Fuel", "return with the same level"),
        ("Excess", "£1,000"),
        ("", "reduce to £250: + £18 per day"),
        ("Licence", "bring photocard + DVLA check code"),
        ("Total paid", "£129.00"),
    ]
    y = 230
    for k, v in rows:
        if k:
            if y > 230:
                y += 22
                d.line([50, y - 12, w - 50, y - 12], fill=(235, 235, 240), width=2)
            d.text((50, y), k, font=font(SANS, 26), fill=(120, 120, 130))
        d.text((270, y), v, font=font(BOLD if k == "Total paid" else SANS, 26), fill=(20, 20, 30))
        y += 44
    d.rounded_rectangle([24, 1260, w - 24, 1320], radius=14, fill=(236, 92, 36))
    centred(d, w, 1274, "Add to Wallet", font(BOLD, 28), fill="white")
    return img


def invitation() -> Image.Image:
    w, h = 900, 1240
    card = paper((w, h), (253, 251, 245))
    d = ImageDraw.Draw(card)
    d.rectangle([30, 30, w - 30, h - 30], outline=(168, 150, 108), width=3)
    d.rectangle([44, 44, w - 44, h - 44], outline=(198, 184, 150), width=1)
    for x in (90, w - 90):  # little leaf sprigs in the corners
        for k in range(5):
            d.ellipse([x - 10 + k * 6 - 15, 80 + k * 14, x + k * 6, 92 + k * 14], fill=(120, 150, 110))
    y = 120
    y = centred(d, w, y, "Together with their families", font(SERIF, 34), (90, 90, 80))
    y += 30
    y = centred(d, w, y, "Olivia Hart", font(HAND_BOLD, 84), (60, 70, 60))
    y = centred(d, w, y, "&", font(HAND, 56), (140, 120, 80))
    y = centred(d, w, y, "Samuel Mensah", font(HAND_BOLD, 84), (60, 70, 60))
    y += 30
    for line in ["request the pleasure of your company", "at the celebration of their marriage"]:
        y = centred(d, w, y, line, font(SERIF, 34), (70, 70, 70))
    y += 30
    y = centred(d, w, y, "Saturday 26th June 2027", font(SERIF_BOLD, 40), (50, 50, 50))
    y = centred(d, w, y, "at three o'clock", font(SERIF, 36), (60, 60, 60))
    y += 20
    for line in ["Wrenfield Barn", "Little Haddon, Oxfordshire"]:
        y = centred(d, w, y, line, font(SERIF, 36), (60, 60, 60))
    y += 30
    for line in ["Reception and dancing to follow", "Dress code: garden party", "Carriages at midnight"]:
        y = centred(d, w, y, line, font(SERIF, 30), (90, 90, 80))
    y += 30
    centred(d, w, y, "Kindly reply by 15th May to olivia.sam.wedding@mail.com", font(SERIF, 24), (110, 100, 80))
    return photographed(card, seed=2201, angle=-3.0, bg=(198, 206, 190), pad=60)


def festival_email() -> Image.Image:
    """A Samsung screenshot of the Gmail app showing festival e-tickets."""
    w, h = 720, 1480
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.text((24, 12), "18:33", font=font(SANS, 24), fill="black")
    d.text((w - 110, 12), "64%", font=font(SANS, 24), fill="black")
    d.text((24, 70), "<", font=font(BOLD, 40), fill=(60, 60, 60))
    d.text((24, 140), "Your Meadowlark Festival 2027", font=font(SANS, 34), fill="black")
    d.text((24, 184), "tickets", font=font(SANS, 34), fill="black")
    d.rounded_rectangle([24, 236, 110, 266], radius=6, fill=(230, 230, 230))
    d.text((32, 238), "Inbox", font=font(SANS, 20), fill=(70, 70, 70))
    d.ellipse([24, 290, 84, 350], fill=(46, 125, 90))
    d.text((42, 300), "M", font=font(BOLD, 34), fill="white")
    d.text((100, 292), "Meadowlark Tickets", font=font(BOLD, 26), fill="black")
    d.text((100, 326), "to me · 9 Jun", font=font(SANS, 22), fill=(110, 110, 110))
    d.rectangle([24, 380, w - 24, 470], fill=(46, 125, 90))
    centred(d, w, 400, "MEADOWLARK FESTIVAL", font(BOLD, 40), fill="white")
    lines = [
        ("Hi Callum, your order is confirmed.", SANS),
        ("", SANS),
        ("Order MLK-2027-44918", BOLD),
        ("2 x Weekend camping ticket", SANS),
        ("Fri 18 – Sun 20 June 2027", SANS),
        ("Ashby Meadows, Leicestershire", SANS),
        ("", SANS),
        ("Gates open Fri 18 June at 10:00", SANS),
        ("(early entry Thu 17 June from 16:00", SANS),
        (" with an early-entry pass only)", SANS),
        ("", SANS),
        ("Swap your e-ticket for a wristband", BOLD),
        ("at GATE C. Bring photo ID.", BOLD),
        ("", SANS),
        ("Car park £15 per car, pre-book online.", SANS),
        ("No glass, no gazebos, no drones.", SANS),
        ("Campervan pass not included.", SANS),
        ("", SANS),
        ("See you in the meadow!", SANS),
    ]
    y = 500
    for text, f in lines:
        d.text((40, y), text, font=font(f, 27), fill=(30, 30, 30))
        y += 40 if text else 22
    d.rounded_rectangle([40, y + 20, 340, y + 80], radius=30, fill=(46, 125, 90))
    d.text((78, y + 34), "View tickets", font=font(BOLD, 26), fill="white")
    return img


def energy_letter() -> Image.Image:
    """A scanned welcome letter from an energy supplier (Adobe Scan export)."""
    w, h = 1000, 1400
    doc = paper((w, h), (252, 252, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([60, 60, 130, 130], fill=(32, 96, 160))
    d.text((74, 70), "N", font=font(BOLD, 52), fill="white")
    d.text((150, 66), "Northgate Energy", font=font(BOLD, 40), fill=(32, 96, 160))
    d.text((150, 116), "PO Box 4410, Northampton NN1 9ZZ", font=font(SANS, 20), fill=(90, 90, 90))
    y = draw_lines(doc, (60, 190), ["Mr T Hollis", "7 Orchard Lane", "Fernley", "OX29 4QT"], font(SANS, 24))
    d.text((700, 190), "8 June 2027", font=font(SANS, 24), fill="black")
    y += 40
    d.text((60, y), "Welcome to your new home", font=font(BOLD, 32), fill="black")
    y += 60
    body = [
        "Dear Mr Hollis,",
        "",
        "Thank you for telling us you are moving to 7 Orchard Lane on",
        "11 June 2027. We have set up your account as follows:",
        "",
        "Account number:          6604 1188 2",
        "Tariff:                  Standard Variable (dual fuel)",
        "Monthly Direct Debit:    £118.00, first payment 1 July 2027",
        "",
        "Please send us your opening meter readings on moving day,",
        "in the app or by phone. The meters are in the cupboard",
        "under the stairs:",
        "",
        "Electricity meter serial   E19K 33872",
        "Gas meter serial           G4A 10954",
        "",
        "If you smell gas, call the emergency line on 0800 111 999",
        "at any time.",
        "",
        "Yours sincerely,",
        "",
        "Customer Welcome Team",
    ]
    draw_lines(doc, (60, y), body, font(MONO, 23), gap=10)
    d.text((60, h - 80), "Northgate Energy Ltd · Customer line 0330 123 4567 · Mon-Fri 8am-8pm",
           font=font(SANS, 18), fill=(120, 120, 120))
    scan = photo_finish(doc, seed=2204, noise=3.0, blur=0.5)
    return scan.convert("L").convert("RGB")


def welcome_note() -> Image.Image:
    """A handwritten note from the previous owners on a lined pad, photographed on a kitchen worktop."""
    w, h = 820, 1060
    pad = paper((w, h), (255, 253, 236))
    d = ImageDraw.Draw(pad)
    for y in range(130, h - 20, 46):
        d.line([30, y, w - 30, y], fill=(170, 200, 230), width=2)
    d.line([90, 0, 90, h], fill=(230, 150, 150), width=2)
    f = font(HAND, 36)
    lines = [
        "Welcome to Orchard Lane!",
        "A few things we wish we'd known:",
        "- stopcock is under the kitchen sink,",
        "   behind the bleach",
        "- boiler reset button: left side, low down",
        "- the fig tree needs a good soak",
        "   when it's hot",
        "- back gate sticks - lift it and push",
        "- Alan at no. 9 will lend you a ladder",
        "- wifi router is in the hall cupboard",
        "- recycling van comes Tuesday mornings",
        "Good luck with the move!",
        "      Helen & Mark",
    ]
    y = 92
    for line in lines:
        d.text((110, y), line, font=font(HAND_BOLD, 38) if line.startswith("Welcome") else f, fill=(28, 40, 110))
        y += 46
    return photographed(pad, seed=2205, angle=2.5, bg=(205, 200, 190), pad=50)


def halteverbot() -> Image.Image:
    """A temporary German no-stopping sign for a move, on a pole in a street."""
    w, h = 900, 1200
    img = gradient((w, h), (170, 200, 230), (215, 225, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 300, w, 900], fill=(214, 196, 170))  # house front
    for x in range(40, w, 210):
        for y in (360, 620):
            d.rectangle([x, y, x + 120, y + 170], fill=(90, 110, 130))
            d.rectangle([x - 6, y - 6, x + 126, y + 176], outline=(240, 240, 235), width=6)
    d.rectangle([0, 900, w, h], fill=(120, 120, 125))  # pavement / road
    d.rectangle([0, 900, w, 930], fill=(180, 180, 178))
    d.rectangle([438, 150, 462, h], fill=(150, 152, 156))  # pole
    d.ellipse([300, 160, 600, 460], fill=(205, 30, 40))
    d.ellipse([328, 188, 572, 432], fill=(20, 80, 170))
    d.line([350, 210, 550, 410], fill=(205, 30, 40), width=34)
    d.line([550, 210, 350, 410], fill=(205, 30, 40), width=34)
    d.rectangle([270, 480, 630, 760], fill="white", outline=(20, 20, 20), width=6)
    d.text((300, 500), "12.06.2027", font=font(BOLD, 52), fill="black")
    d.text((300, 570), "7 - 18 h", font=font(BOLD, 52), fill="black")
    d.text((300, 640), "Umzug", font=font(BOLD, 52), fill="black")
    d.text((300, 710), "Lindenstr. 14 - 18", font=font(BOLD, 32), fill="black")
    d.rectangle([270, 790, 630, 850], fill="white", outline=(20, 20, 20), width=4)
    d.text((300, 800), "← 25 m →", font=font(BOLD, 36), fill="black")
    img = img.crop((60, 80, 840, 1160))
    return photo_finish(img, seed=2206, noise=5.0, blur=0.7)


def fete_musique() -> Image.Image:
    """A French town's poster, saved from Facebook."""
    w, h = 960, 1200
    img = gradient((w, h), (250, 214, 60), (238, 120, 40))
    d = ImageDraw.Draw(img)
    for k in range(7):  # music notes / circles
        cx, cy = 80 + k * 140, 120 + (k % 3) * 30
        d.ellipse([cx - 22, cy - 16, cx + 22, cy + 16], fill=(120, 40, 90))
        d.rectangle([cx + 16, cy - 90, cx + 22, cy], fill=(120, 40, 90))
    y = 200
    y = centred(d, w, y, "FÊTE DE LA", font(BOLD, 84), (120, 40, 90))
    y = centred(d, w, y, "MUSIQUE", font(BOLD, 110), (120, 40, 90))
    y += 10
    y = centred(d, w, y, "Lundi 21 juin 2027 · 18 h – 1 h", font(BOLD, 44), "white")
    y = centred(d, w, y, "Ville de Montrevel", font(SANS, 38), "white")
    y += 30
    d.rounded_rectangle([70, y, w - 70, y + 520], radius=24, fill=(255, 250, 235))
    prog = [
        ("18 h", "Place de l'Église", "chorale et fanfare"),
        ("20 h 30", "Parc des Tilleuls", "scène rock et blues"),
        ("21 h", "Cour de l'école", "scène ouverte (inscription sur place)"),
        ("22 h", "Quai Saint-Jean", "DJ set"),
    ]
    yy = y + 30
    for t, place, what in prog:
        d.text((110, yy), t, font=font(BOLD, 34), fill=(120, 40, 90))
        d.text((290, yy), place, font=font(BOLD, 32), fill=(40, 40, 40))
        d.text((290, yy + 42), what, font=font(SANS, 28), fill=(60, 60, 60))
        yy += 110
    d.text((110, yy + 10), "Navette gratuite toutes les 30 min", font=font(SANS, 28), fill=(40, 40, 40))
    y += 550
    centred(d, w, y, "Buvette des associations · Entrée gratuite", font(BOLD, 32), (80, 20, 60))
    return img


def san_juan() -> Image.Image:
    """A Spanish town-hall notice about the San Juan night on the beach, photographed on a board."""
    w, h = 900, 1240
    doc = paper((w, h), (250, 250, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, w, 120], fill=(20, 60, 140))
    centred(d, w, 36, "AYUNTAMIENTO DE ALICANTE", font(BOLD, 40), "white")
    y = 160
    y = centred(d, w, y, "NOCHE DE SAN JUAN 2027", font(BOLD, 52), (200, 60, 20))
    y = centred(d, w, y, "Miércoles 23 de junio · Playa del Postiguet", font(BOLD, 32), (40, 40, 40))
    y += 30
    rules = [
        "• Hogueras permitidas de 21:00 a 2:00,",
        "  solo en las zonas señalizadas.",
        "• Prohibido el vidrio en la playa.",
        "• Prohibidas las tiendas de campaña",
        "  y los petardos.",
        "• Puesto de socorro junto a la pasarela 3.",
        "• Baño desaconsejado de noche.",
        "• Limpieza de la playa a partir de las 6:00:",
        "  la arena debe quedar libre.",
        "• Refuerzo del TRAM hasta las 3:00.",
    ]
    y = draw_lines(doc, (70, y), rules, font(SANS, 34), fill=(30, 30, 30), gap=14)
    y += 40
    centred(d, w, y, "Disfruta de la noche más corta con respeto.", font(HAND, 36), (20, 60, 140))
    centred(d, w, h - 80, "Información: 010 · www.alicante.es", font(SANS, 24), (90, 90, 90))
    return photographed(doc, seed=2208, angle=1.5, bg=(150, 120, 80), pad=50)


def train_ticket() -> Image.Image:
    """An Android screenshot of an Italian train ticket."""
    w, h = 720, 1520
    img = Image.new("RGB", (w, h), (245, 245, 245))
    d = ImageDraw.Draw(img)
    d.text((24, 12), "09:14", font=font(SANS, 24), fill="black")
    d.rectangle([0, 56, w, 150], fill=(160, 20, 40))
    d.text((30, 80), "Il tuo biglietto", font=font(BOLD, 38), fill="white")
    d.rounded_rectangle([24, 180, w - 24, 1300], radius=16, fill="white", outline=(220, 220, 220))
    d.text((50, 210), "Frecciarossa 9527", font=font(BOLD, 36), fill=(160, 20, 40))
    d.text((50, 265), "Venerdì 25 giugno 2027", font=font(SANS, 30), fill=(40, 40, 40))
    d.text((50, 340), "10:05", font=font(BOLD, 52), fill="black")
    d.text((50, 405), "Milano Centrale", font=font(SANS, 30), fill=(60, 60, 60))
    d.text((w - 250, 340), "11:59", font=font(BOLD, 52), fill="black")
    d.text((w - 250, 405), "Firenze S.M.N.", font=font(SANS, 30), fill=(60, 60, 60))
    d.line([200, 370, w - 270, 370], fill=(160, 20, 40), width=4)
    rows = [
        ("Passeggero", "Francesca Bellini"),
        ("Carrozza", "6"),
        ("Posto", "12A (finestrino)"),
        ("Tariffa", "Economy"),
        ("Ambiente", "Standard"),
        ("Prezzo", "€ 39,90"),
        ("PNR", "XK7RQ2"),
    ]
    y = 500
    for k, v in rows:
        d.text((50, y), k, font=font(SANS, 28), fill=(120, 120, 120))
        d.text((330, y), v, font=font(BOLD, 28), fill=(30, 30, 30))
        y += 62
    d.text((50, y + 20), "Cambio consentito fino alla partenza,", font=font(SANS, 24), fill=(90, 90, 90))
    d.text((50, y + 54), "con integrazione. Non rimborsabile.", font=font(SANS, 24), fill=(90, 90, 90))
    for k in range(0, 220, 10):  # a QR-like block
        for j in range(0, 220, 10):
            if (k * 7 + j * 13 + k * j) % 3 == 0:
                d.rectangle([250 + k, 1010 + j, 259 + k, 1019 + j], fill="black")
    return img


def moving_card() -> Image.Image:
    """A Dutch 'we have moved' card, scanned."""
    w, h = 1100, 780
    card = paper((w, h), (236, 244, 238))
    d = ImageDraw.Draw(card)
    # a little house drawing on the left
    d.polygon([(80, 330), (230, 190), (380, 330)], fill=(200, 90, 70))
    d.rectangle([110, 330, 350, 560], fill=(245, 235, 210), outline=(90, 70, 60), width=4)
    d.rectangle([200, 430, 260, 560], fill=(60, 110, 90))
    d.rectangle([130, 360, 185, 410], fill=(160, 200, 230))
    d.rectangle([275, 360, 330, 410], fill=(160, 200, 230))
    d.ellipse([300, 520, 350, 560], fill=(50, 50, 50))  # the cat
    d.polygon([(305, 530), (312, 505), (322, 525)], fill=(50, 50, 50))
    d.polygon([(328, 525), (338, 505), (345, 530)], fill=(50, 50, 50))
    x = 440
    d.text((x, 80), "Wij zijn verhuisd!", font=font(HAND_BOLD, 70), fill=(40, 90, 70))
    y = draw_lines(card, (x, 190), ["Sanne & Ruben de Vries", "(en Pip, de kat)"], font(SERIF, 38), fill=(40, 40, 40))
    y += 30
    y = draw_lines(card, (x, y), ["Vanaf 1 juli 2027:", "Kastanjelaan 8", "3581 CB Utrecht"], font(SERIF_BOLD, 40),
                   fill=(30, 30, 30))
    y += 30
    draw_lines(card, (x, y), ["Housewarming: zaterdag 10 juli,", "vanaf 15.00 uur in de tuin.",
                              "Neem gerust een plantje mee!"], font(HAND, 36), fill=(40, 90, 70))
    scan = photo_finish(card, seed=2210, noise=2.5, blur=0.5)
    return scan


def arraial() -> Image.Image:
    """A Lisbon neighbourhood festival poster on a wall, photographed at night."""
    w, h = 860, 1200
    img = Image.new("RGB", (w, h), (40, 34, 40))
    d = ImageDraw.Draw(img)
    pw, ph = 700, 1000
    px, py = 80, 100
    d.rectangle([px, py, px + pw, py + ph], fill=(250, 236, 200))
    for k in range(12):  # paper bunting along the top
        x = px + k * 60
        col = [(220, 40, 60), (40, 150, 80), (250, 190, 30)][k % 3]
        d.polygon([(x, py + 20), (x + 56, py + 20), (x + 28, py + 80)], fill=col)
    pd = ImageDraw.Draw(img)
    y = py + 110
    for line, f, col in [
        ("ARRAIAL DE", font(BOLD, 54), (200, 30, 50)),
        ("SANTO ANTÓNIO", font(BOLD, 66), (200, 30, 50)),
        ("12 e 13 de junho de 2027", font(BOLD, 38), (40, 110, 60)),
        ("Largo de São Miguel · Alfama", font(SANS, 32), (60, 60, 60)),
    ]:
        tw = pd.textlength(line, font=f)
        pd.text((px + (pw - tw) / 2, y), line, font=f, fill=col)
        y += f.size + 16
    y += 20
    menu = ["Sardinha no pão ........ 3,50 €", "Bifana ...................... 4,00 €",
            "Caldo verde ............... 2,50 €", "Imperial ................... 2,00 €",
            "Sangria (copo) ........... 3,00 €"]
    y = draw_lines(img, (px + 70, y), menu, font(MONO, 30), fill=(40, 40, 40), gap=14)
    y += 30
    for line in ["Música ao vivo a partir das 21h", "Marchas Populares: sábado 12,",
                 "21h, Avenida da Liberdade", "Junta de Freguesia de Santa Maria Maior"]:
        f = font(BOLD if "Marchas" in line or "21h," in line else SANS, 30)
        tw = pd.textlength(line, font=f)
        pd.text((px + (pw - tw) / 2, y), line, font=f, fill=(50, 50, 50))
        y += 44
    img = img.rotate(-2.0, resample=Image.BICUBIC, fillcolor=(40, 34, 40))
    warm = tint(img, (1.08, 1.0, 0.82))
    return photo_finish(warm, seed=2211, noise=7.0, blur=0.8)


def storage_card() -> Image.Image:
    """A US self-storage move-in card, photographed on a car seat and sent by text message."""
    w, h = 1000, 640
    card = paper((w, h), (255, 255, 255))
    d = ImageDraw.Draw(card)
    d.rectangle([0, 0, w, 110], fill=(250, 180, 20))
    d.text((40, 28), "SecureSpace Self Storage", font=font(BOLD, 48), fill=(30, 30, 30))
    left = ["Unit: C-214  (10 x 10)", "Tenant: Dana Brooks", "Move-in date: 06/14/2027",
            "Gate code: 5831#", "Access hours: 6 AM - 10 PM daily", "Office: Mon-Sat 9 AM - 6 PM"]
    draw_lines(card, (40, 140), left, font(SANS, 32), fill=(30, 30, 30), gap=14)
    d.line([40, 450, w - 40, 450], fill=(200, 200, 200), width=2)
    draw_lines(card, (40, 470), ["Monthly rent $139.00, due on the 1st. Late fee $20 after 5 days.",
                                 "Use your own lock only. No food, paint or fuel in units."], font(SANS, 24),
               fill=(70, 70, 70), gap=10)
    return photographed(card, seed=2212, angle=-4.0, bg=(60, 62, 70), pad=70)


def order_of_day() -> Image.Image:
    """The wedding's order-of-the-day card on a table, with a sprig of eucalyptus."""
    w, h = 760, 1100
    card = paper((w, h), (250, 247, 240))
    d = ImageDraw.Draw(card)
    y = 60
    y = centred(d, w, y, "Olivia & Samuel", font(HAND_BOLD, 70), (70, 90, 70))
    y = centred(d, w, y, "26 . 06 . 2027", font(SERIF, 34), (120, 110, 90))
    y += 20
    y = centred(d, w, y, "ORDER OF THE DAY", font(SERIF_BOLD, 40), (60, 60, 60))
    y += 30
    items = [
        ("2:30 pm", "Guests arrive - elderflower fizz"),
        ("3:00 pm", "Ceremony in the barn"),
        ("3:45 pm", "Drinks, photos & lawn games"),
        ("5:00 pm", "Wedding breakfast"),
        ("6:30 pm", "Speeches"),
        ("8:00 pm", "Cake cutting & first dance"),
        ("9:30 pm", "Hog roast"),
        ("12:00 am", "Carriages"),
    ]
    for t, what in items:
        d.text((70, y), t, font=font(SERIF_BOLD, 34), fill=(70, 90, 70))
        d.text((260, y), what, font=font(SERIF, 32), fill=(50, 50, 50))
        y += 80
    img = photographed(card, seed=2213, angle=4.0, bg=(176, 150, 118), pad=90)
    d = ImageDraw.Draw(img)
    for k in range(9):  # eucalyptus sprig over the corner
        cx, cy = 70 + k * 26, 1180 - k * 22
        d.ellipse([cx - 20, cy - 14, cx + 20, cy + 14], fill=(128, 160, 150))
    d.line([60, 1200, 300, 980], fill=(110, 90, 70), width=5)
    return photo_finish(img, seed=2214, noise=3.0, blur=0.4)


def plant_label() -> Image.Image:
    """A garden-centre plant label stuck in a pot of lavender, sent over Messenger."""
    w, h = 900, 1200
    img = gradient((w, h), (120, 150, 100), (80, 100, 70))
    d = ImageDraw.Draw(img)
    for k in range(60):  # lavender stems in the background
        x = 30 + (k * 53) % 860
        top = 40 + (k * 37) % 200
        d.line([x, top + 260, x + 10, top], fill=(90, 120, 80), width=4)
        for j in range(6):
            d.ellipse([x + 4 - 7, top + j * 14 - 6, x + 4 + 7, top + j * 14 + 6], fill=(130, 100, 180))
    d.ellipse([60, 900, 840, 1300], fill=(60, 45, 35))  # soil
    d.polygon([(240, 1200), (660, 1200), (640, 300), (260, 300)], fill=(250, 250, 250))
    d.pieslice([260, 220, 640, 380], 180, 360, fill=(250, 250, 250))
    d.rectangle([290, 330, 610, 430], fill=(120, 80, 160))
    d.text((308, 350), "Lavandula", font=font(BOLD, 44), fill="white")
    lines = ["angustifolia", "'Hidcote'", "English lavender", "", "Full sun", "H 60 cm  S 60 cm",
             "Flowers Jun - Aug", "Water well until", "established, then", "drought tolerant.",
             "Trim after flowering.", "Fully hardy", "", "£7.99  (3 for £20)"]
    y = 450
    for line in lines:
        f = font(BOLD if line.startswith("£") or line.startswith("'") else SANS, 30)
        d.text((300, y), line, font=f, fill=(40, 40, 40))
        y += 44 if line else 20
    img = img.rotate(3.0, resample=Image.BICUBIC, fillcolor=(80, 100, 70))
    return photo_finish(img, seed=2215, noise=5.0, blur=0.7)


# --------------------------------------------------------------------------- photos


def moving_boxes() -> Image.Image:
    w, h = 1024, 768
    img = gradient((w, h), (236, 232, 222), (214, 208, 196))
    d = ImageDraw.Draw(img)
    d.rectangle([620, 90, 900, 380], fill=(250, 250, 248))  # window
    d.rectangle([636, 106, 884, 364], fill=(170, 205, 235))
    d.line([760, 106, 760, 364], fill=(250, 250, 248), width=10)
    d.ellipse([660, 140, 760, 190], fill=(240, 245, 250))
    d.rectangle([0, 470, w, h], fill=(164, 118, 76))  # floorboards
    for k in range(0, w + 200, 120):
        d.line([k, 470, k - 160, h], fill=(140, 98, 60), width=3)
    d.rectangle([0, 462, w, 474], fill=(245, 245, 240))  # skirting
    d.rectangle([880, 330, 990, 690], fill=(120, 140, 170))  # a rolled rug leaning on the wall
    d.ellipse([880, 316, 990, 344], fill=(90, 110, 140))
    box3d(d, 90, 470, 250, 180, 50, "KITCHEN")
    box3d(d, 120, 300, 210, 170, 44, "BOOKS")
    box3d(d, 420, 530, 230, 160, 46, "FRAGILE")
    box3d(d, 660, 480, 200, 200, 48, "BATHROOM")
    return photo_finish(img, seed=2221)


def wedding_cake() -> Image.Image:
    w, h = 900, 1100
    img = gradient((w, h), (246, 226, 222), (232, 206, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 820, w, h], fill=(250, 250, 248))  # tablecloth
    d.ellipse([210, 790, 690, 860], fill=(200, 200, 205))  # cake stand
    d.rectangle([420, 840, 480, 900], fill=(190, 190, 195))
    d.ellipse([330, 890, 570, 930], fill=(180, 180, 186))
    tiers = [(240, 600, 660, 830), (300, 420, 600, 610), (350, 260, 550, 430)]
    for x0, y0, x1, y1 in tiers:
        d.rectangle([x0, y0 + 20, x1, y1], fill=(252, 250, 246))
        d.ellipse([x0, y0, x1, y0 + 40], fill=(255, 255, 252))
        d.line([x0, y1 - 4, x1, y1 - 4], fill=(236, 232, 226), width=6)
    for cx, cy, r in [(560, 300, 34), (600, 350, 28), (520, 330, 24), (420, 470, 26), (330, 480, 30),
                      (610, 630, 36), (650, 690, 28), (570, 670, 24), (280, 760, 30), (320, 800, 24)]:
        for k in range(3):
            d.ellipse([cx - r * 1.6 + k * 18, cy + r * 0.6, cx - r * 0.6 + k * 18, cy + r * 1.1],
                      fill=(110, 150, 100))
        peony(d, cx, cy, r, (246, 170, 180))
    return photo_finish(img, seed=2222)


def raised_bed() -> Image.Image:
    w, h = 1024, 768
    img = gradient((w, h), (150, 195, 235), (215, 230, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 180, w, 330], fill=(140, 110, 80))  # fence
    for x in range(0, w, 60):
        d.rectangle([x, 170, x + 52, 330], fill=(150, 118, 86))
    d.rectangle([0, 330, w, h], fill=(100, 160, 70))  # lawn
    # raised bed in perspective: back edge, soil, front planks
    d.polygon([(180, 400), (860, 400), (960, 560), (80, 560)], fill=(70, 50, 35))
    d.polygon([(80, 560), (960, 560), (960, 700), (80, 700)], fill=(160, 118, 74))
    for y in (600, 650):
        d.line([80, y, 960, y], fill=(130, 94, 58), width=4)
    d.polygon([(180, 400), (860, 400), (860, 380), (180, 380)], fill=(176, 132, 86))
    for row, y in enumerate((430, 480, 530)):
        for k in range(7):
            x = 200 + row * -30 + k * (100 + row * 10)
            r = 26 + row * 6
            for j in range(6):
                a = 2 * math.pi * j / 6
                d.ellipse([x + r * 0.5 * math.cos(a) - r * 0.6, y + r * 0.3 * math.sin(a) - r * 0.5,
                           x + r * 0.5 * math.cos(a) + r * 0.6, y + r * 0.3 * math.sin(a) + r * 0.5],
                          fill=(120, 190, 80) if row != 1 else (150, 60, 80))
            d.ellipse([x - r * 0.3, y - r * 0.3, x + r * 0.3, y + r * 0.3], fill=(170, 220, 110))
    # a green watering can on the lawn
    d.ellipse([820, 640, 950, 740], fill=(40, 140, 90))
    d.line([940, 670, 1010, 610], fill=(40, 140, 90), width=14)
    d.arc([830, 600, 930, 690], 180, 360, fill=(40, 140, 90), width=10)
    return photo_finish(img, seed=2223)


def peonies() -> Image.Image:
    w, h = 900, 1100
    img = gradient((w, h), (236, 236, 228), (214, 212, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 840, w, h], fill=(184, 150, 110))  # wooden table
    for y in (900, 980, 1060):
        d.line([0, y, w, y], fill=(160, 128, 92), width=3)
    d.rounded_rectangle([320, 560, 580, 900], radius=30, fill=(206, 222, 226))  # glass jar
    d.rectangle([320, 700, 580, 900], fill=(180, 205, 212))  # water
    for k, x in enumerate((350, 390, 430, 470, 510, 550)):
        d.line([x, 880, 300 + k * 60, 460], fill=(90, 130, 70), width=7)
    for cx, cy in [(360, 420), (450, 380), (540, 430)]:  # leaves
        d.ellipse([cx - 70, cy + 60, cx - 10, cy + 100], fill=(80, 130, 70))
        d.ellipse([cx + 10, cy + 70, cx + 80, cy + 105], fill=(80, 130, 70))
    for cx, cy, r, col in [(300, 380, 110, (240, 160, 180)), (460, 300, 120, (246, 186, 200)),
                           (610, 390, 105, (232, 140, 166)), (390, 500, 80, (250, 200, 210)),
                           (560, 520, 70, (240, 170, 186))]:
        peony(d, cx, cy, r, col)
    d.rounded_rectangle([320, 560, 580, 600], radius=10, outline=(230, 240, 242), width=4)
    return photo_finish(img, seed=2224)


def removal_van() -> Image.Image:
    w, h = 1024, 768
    img = gradient((w, h), (170, 200, 230), (220, 228, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 80, w, 560], fill=(170, 90, 70))  # brick terrace
    for y in range(80, 560, 22):
        off = 0 if (y // 22) % 2 else 30
        for x in range(-30 + off, w, 60):
            d.rectangle([x, y, x + 56, y + 19], outline=(150, 76, 60))
    for x in (60, 340, 620, 900):
        d.rectangle([x, 140, x + 110, 280], fill=(70, 90, 110), outline="white", width=6)
        d.rectangle([x, 360, x + 110, 500], fill=(70, 90, 110), outline="white", width=6)
    d.rectangle([220, 380, 290, 560], fill=(30, 60, 110))  # front door
    d.rectangle([0, 560, w, 620], fill=(170, 170, 165))  # pavement
    d.rectangle([0, 620, w, h], fill=(80, 80, 86))  # road
    # the van: box body, cab, wheels
    d.rectangle([330, 330, 820, 640], fill=(248, 248, 248), outline=(180, 180, 180), width=3)
    d.polygon([(820, 420), (900, 420), (960, 520), (960, 640), (820, 640)], fill=(240, 240, 240))
    d.polygon([(836, 436), (892, 436), (938, 515), (836, 515)], fill=(120, 150, 180))
    d.rectangle([330, 600, 960, 640], fill=(60, 60, 64))
    for cx in (420, 740, 880):
        d.ellipse([cx - 48, 600, cx + 48, 696], fill=(30, 30, 30))
        d.ellipse([cx - 20, 628, cx + 20, 668], fill=(150, 150, 150))
    d.text((380, 420), "SWIFT", font=font(BOLD, 64), fill=(20, 90, 160))
    d.text((380, 495), "REMOVALS", font=font(BOLD, 44), fill=(20, 90, 160))
    box3d(d, 80, 520, 110, 80, 24)  # boxes on the pavement
    box3d(d, 100, 450, 90, 70, 20)
    return photo_finish(img, seed=2225)


def cat() -> Image.Image:
    return photo_finish(skimage_photo("chelsea", size=(902, 600)), seed=2226, noise=2.0, blur=0.3)


def coffee() -> Image.Image:
    return photo_finish(tint(skimage_photo("coffee", size=(900, 600)), (1.03, 1.0, 0.95)), seed=2227,
                        noise=2.0, blur=0.3)


def old_print() -> Image.Image:
    """An old black-and-white print (scikit-image `camera`), scanned with a white border."""
    photo = skimage_photo("camera", size=(640, 640))
    sepia = tint(photo, (1.0, 0.95, 0.84))
    page = Image.new("RGB", (760, 800), (238, 232, 218))
    page.paste(sepia, (60, 60))
    return photo_finish(page, seed=2228, noise=3.0, blur=0.4)


# --------------------------------------------------------------------------- the festival album


def stage_at_night() -> Image.Image:
    w, h = 1200, 800
    img = gradient((w, h), (10, 10, 40), (40, 20, 60))
    over = Image.new("RGB", (w, h), (0, 0, 0))
    od = ImageDraw.Draw(over)
    for k, col in enumerate([(255, 220, 90), (200, 90, 255), (90, 200, 255), (255, 120, 60), (255, 220, 90)]):
        x = 320 + k * 140
        od.polygon([(x, 180), (x - 260 + k * 40, 800), (x + 60 + k * 40, 800)], fill=col)
    img = Image.blend(img, over, 0.28)
    d = ImageDraw.Draw(img)
    d.rectangle([260, 150, 940, 176], fill=(70, 70, 80))  # truss
    d.rectangle([260, 150, 284, 520], fill=(70, 70, 80))
    d.rectangle([916, 150, 940, 520], fill=(70, 70, 80))
    d.rectangle([300, 440, 900, 520], fill=(30, 30, 36))  # stage deck
    for x in range(320, 900, 70):
        d.ellipse([x - 10, 160, x + 10, 180], fill=(255, 250, 220))
    for x in (480, 600, 720):  # band silhouettes
        d.ellipse([x - 18, 330, x + 18, 366], fill=(15, 15, 20))
        d.rectangle([x - 22, 366, x + 22, 440], fill=(15, 15, 20))
    for k in range(46):  # crowd
        x = (k * 97) % (w + 60) - 30
        y = 600 + (k * 53) % 140
        d.ellipse([x - 34, y - 34, x + 34, y + 30], fill=(8, 8, 12))
        d.rectangle([x - 60, y + 20, x + 60, h], fill=(8, 8, 12))
        if k % 5 == 0:
            d.line([x + 30, y, x + 60, y - 110], fill=(8, 8, 12), width=16)
    return photo_finish(img, seed=2231, noise=8.0, blur=0.9)


def tents() -> Image.Image:
    w, h = 1200, 800
    img = gradient((w, h), (140, 190, 240), (210, 230, 245))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 330), (300, 300), (700, 320), (1200, 290), (1200, 800), (0, 800)], fill=(110, 170, 80))
    d.polygon([(0, 330), (300, 300), (700, 320), (1200, 290), (1200, 340), (0, 360)], fill=(70, 120, 70))
    cols = [(230, 120, 40), (40, 110, 200), (60, 150, 90), (200, 50, 60), (240, 200, 40), (120, 80, 170)]
    k = 0
    for row, (y, s) in enumerate([(360, 40), (430, 60), (540, 90), (690, 130)]):
        for x in range(-40 + row * 37, w + 80, int(s * 3.2)):
            col = cols[k % len(cols)]
            k += 1
            d.chord([x - s, y - s, x + s, y + s * 0.9], 180, 360, fill=col)
            d.line([x - s, y, x + s, y], fill=tuple(c // 2 for c in col), width=2)
            d.polygon([(x - s * 0.2, y), (x, y - s * 0.6), (x + s * 0.2, y)], fill=tuple(c // 2 for c in col))
    d.line([980, 120, 980, 380], fill=(80, 80, 80), width=5)  # a blue flag on a pole
    d.polygon([(983, 120), (1070, 140), (983, 170)], fill=(30, 80, 200))
    return photo_finish(img, seed=2232)


def food_truck() -> Image.Image:
    w, h = 1200, 800
    img = gradient((w, h), (120, 170, 220), (200, 220, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 560, w, h], fill=(120, 150, 80))
    d.rectangle([40, 220, 700, 600], fill=(40, 150, 150))  # truck body
    d.rectangle([700, 330, 850, 600], fill=(40, 150, 150))  # cab
    d.rectangle([716, 350, 834, 440], fill=(150, 190, 210))
    d.rectangle([110, 300, 530, 460], fill=(60, 40, 30))  # serving hatch
    d.polygon([(100, 300), (540, 300), (570, 250), (70, 250)], fill=(250, 220, 80))
    d.rectangle([100, 460, 540, 480], fill=(200, 200, 200))
    for k, x in enumerate(range(150, 500, 90)):  # people in the hatch
        d.ellipse([x, 360 + (k % 2) * 10, x + 40, 400 + (k % 2) * 10], fill=(200, 160, 130))
        d.rectangle([x - 5, 400 + (k % 2) * 10, x + 45, 460], fill=(240, 240, 240))
    for cx in (170, 600, 780):
        d.ellipse([cx - 50, 560, cx + 50, 660], fill=(30, 30, 30))
        d.ellipse([cx - 20, 590, cx + 20, 630], fill=(140, 140, 140))
    for x in range(40, 860, 40):  # string lights
        y = 205 + int(12 * math.sin(x / 60))
        d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(255, 240, 170))
    # A-frame chalkboard menu
    d.polygon([(880, 440), (1150, 440), (1180, 760), (850, 760)], fill=(70, 50, 35))
    d.rectangle([895, 455, 1135, 735], fill=(35, 40, 38))
    f = font(MARKER, 22)
    draw_lines(img, (905, 465), ["SMOKIN' PIP'S", "Pulled pork bun  £9", "Halloumi wrap  £8.50",
                                "Loaded fries  £6", "Corn on the cob  £4", "Veggie chilli  £8",
                                "Lemonade  £3.50", "Card only!"], f, fill=(240, 240, 230), gap=8)
    return photo_finish(img, seed=2233)


def ferris_wheel() -> Image.Image:
    w, h = 1200, 800
    img = gradient((w, h), (120, 70, 140), (250, 150, 80))
    d = ImageDraw.Draw(img)
    d.ellipse([780, 520, 900, 640], fill=(255, 210, 120))  # low sun
    cx, cy, r = 520, 360, 260
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(30, 20, 30), width=10)
    d.ellipse([cx - r + 30, cy - r + 30, cx + r - 30, cy + r - 30], outline=(30, 20, 30), width=4)
    for k in range(16):
        a = 2 * math.pi * k / 16
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        d.line([cx, cy, x, y], fill=(30, 20, 30), width=4)
        d.rounded_rectangle([x - 20, y + 6, x + 20, y + 40], radius=6, fill=(30, 20, 30))
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=(255, 230, 160))
    d.line([cx, cy, cx - 170, h], fill=(30, 20, 30), width=14)
    d.line([cx, cy, cx + 170, h], fill=(30, 20, 30), width=14)
    d.polygon([(0, 700), (120, 640), (240, 700), (300, 660), (420, 720), (1200, 700), (1200, 800), (0, 800)],
              fill=(30, 20, 30))
    return photo_finish(img, seed=2234)


def flags() -> Image.Image:
    w, h = 900, 1200
    img = gradient((w, h), (60, 130, 220), (170, 210, 245))
    d = ImageDraw.Draw(img)
    for cx, cy in [(180, 260), (700, 180), (520, 420)]:
        for k in range(4):
            d.ellipse([cx - 90 + k * 50, cy - 30, cx + k * 50, cy + 40], fill=(245, 248, 252))
    cols = [(230, 60, 70), (250, 190, 40), (60, 170, 110), (240, 120, 180), (40, 90, 200), (250, 130, 40)]
    for k, x in enumerate(range(90, 900, 140)):
        top = 260 + (k % 3) * 60
        d.line([x, top - 20, x, h], fill=(90, 90, 90), width=7)
        d.polygon([(x + 3, top), (x + 70, top + 30), (x + 60, top + 520), (x + 3, top + 480)], fill=cols[k])
    d.rectangle([0, 1060, w, h], fill=(100, 150, 80))
    return photo_finish(img, seed=2235)


IMAGES = {
    # text
    "IMG_4102.PNG": van_booking,
    "IMG_4127.JPG": invitation,
    "Screenshot_20270609-183344_Gmail.jpg": festival_email,
    "Adobe Scan 08 Jun 2027.jpg": energy_letter,
    "IMG_4133.JPG": welcome_note,
    "IMG_20270610_075512.jpg": halteverbot,
    "FB_IMG_1812648233417.jpg": fete_musique,
    "IMG-20270615-WA0008.jpg": san_juan,
    "Screenshot_2027-06-11-09-14-52-118_com.lynxspa.prontotreno.jpg": train_ticket,
    "scan0007.jpg": moving_card,
    "20270612_213005.jpg": arraial,
    "image0.jpeg": storage_card,
    "DSC_2231.JPG": order_of_day,
    "received_1204987731154420.jpeg": plant_label,
    # photos
    "IMG_4141.JPG": moving_boxes,
    "IMG-20270627-WA0019.jpg": wedding_cake,
    "IMG_E4160.JPG": raised_bed,
    "DSC00417.JPG": peonies,
    "IMG_4145.JPG": removal_van,
    "1000012877.jpg": cat,
    "20270603_081219.jpg": coffee,
    "EPSON003.JPG": old_print,
    # the festival album
    f"{ALBUM}/DSCF2201.JPG": stage_at_night,
    f"{ALBUM}/DSCF2207.JPG": tents,
    f"{ALBUM}/DSCF2214.JPG": food_truck,
    f"{ALBUM}/DSCF2219.JPG": ferris_wheel,
    f"{ALBUM}/DSCF2226.JPG": flags,
}


def main() -> None:
    paths = synthesize(SPEECH, OUT, speed=150, pause=0.45, lossless_rate=8000, max_seconds=60)
    paths += save_images(OUT, IMAGES, quality=82)
    report(paths, MAX_BYTES)
    print(f"{len(paths)} files in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
