"""Short factual spoken questions with one accepted answer each (plus spellings of it), for
``bench/spoken_answers.py``.  Written as general knowledge before any model was measured on them
and never tuned against: an answer is right when its normalized text contains one accepted form.

None of them is in ``bench/voice_latency.py``'s question list (those were used while tuning the loop).
"""

from __future__ import annotations

QUESTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("What is the capital of Japan?", ("tokyo",)),
    ("What is the capital of Italy?", ("rome",)),
    ("What is the capital of Canada?", ("ottawa",)),
    ("What is the capital of Germany?", ("berlin",)),
    ("What is the capital of Egypt?", ("cairo",)),
    ("What is the largest planet in our solar system?", ("jupiter",)),
    ("Which planet is known as the red planet?", ("mars",)),
    ("How many continents are there?", ("seven", "7")),
    ("How many legs does an insect have?", ("six", "6")),
    ("How many players are on a soccer team on the field?", ("eleven", "11")),
    ("What is the chemical symbol for gold?", ("au",)),
    ("What is the chemical symbol for sodium?", ("na",)),
    ("What is the freezing point of water in Celsius?", ("zero", "0")),
    ("Who wrote Hamlet?", ("shakespeare",)),
    ("Who painted The Starry Night?", ("van gogh",)),
    ("Who discovered penicillin?", ("fleming",)),
    ("Who was the first person to walk on the moon?", ("armstrong",)),
    ("Who developed the theory of relativity?", ("einstein",)),
    ("What is the tallest mountain in the world?", ("everest",)),
    ("What is the longest river in South America?", ("amazon",)),
    ("What is the largest desert in Africa?", ("sahara",)),
    ("What is the square root of eighty one?", ("nine", "9")),
    ("What is ten times twelve?", ("120", "one hundred twenty", "one hundred and twenty")),
    ("What is fifteen minus seven?", ("eight", "8")),
    ("How many months are in a year?", ("twelve", "12")),
    ("How many weeks are in a year?", ("52", "fifty two", "fifty-two")),
    ("What is the hardest natural substance?", ("diamond",)),
    ("What gas do humans need to breathe?", ("oxygen",)),
    ("What is the largest mammal?", ("blue whale",)),
    ("What is the fastest land animal?", ("cheetah",)),
    ("What language is spoken in Brazil?", ("portuguese",)),
    ("What currency is used in Japan?", ("yen",)),
    ("In which country are the pyramids of Giza?", ("egypt",)),
    ("What is the main ingredient of guacamole?", ("avocado",)),
    ("What organ pumps blood through the body?", ("heart",)),
    ("How many bones are in the adult human body?", ("206", "two hundred six", "two hundred and six")),
    ("What is the smallest prime number?", ("two", "2")),
    ("Which ocean lies between Africa and Australia?", ("indian",)),
    ("What color do you get when you mix blue and yellow?", ("green",)),
    ("What instrument has eighty eight keys?", ("piano",)),
    ("What is the capital of Australia?", ("canberra",)),
    ("Which metal is liquid at room temperature?", ("mercury",)),
]
