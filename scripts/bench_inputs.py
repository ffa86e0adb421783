"""The inputs of scripts/bench-align and scripts/profile-align, written into WORK: 10k and 100k
presplit Korean-English news sentences (the 1,000 pairs of ko-en-park-news-dev in blocks of 50,
shuffled, 10 and 100 times over; without ../shared: the 60-sentence feature fixture repeated),
1,000 short documents (20 sentence pairs each) with a batch manifest and hunalign's batch file,
a 3-sentence pair, and a 30,000-phrase dictionary.
usage: python3 scripts/bench_inputs.py WORK   (from the project's root)"""
import json, pathlib, random, sys
work = pathlib.Path(sys.argv[1])
data = pathlib.Path("../shared/data/alignment/ko-en-park-news-dev")
if data.is_dir():
    en = (data / "korean-english-park.dev.en").read_text().splitlines()
    ko = (data / "korean-english-park.dev.ko").read_text().splitlines()
else:
    gold = json.loads(pathlib.Path("Fixtures/pairs/feature-rural-county.gold.json").read_text())
    pairs = [(gold["en"][l["en"][0]], " ".join(gold["ko"][j] for j in l["ko"])) for l in gold["links"] if len(l["en"]) == 1 and l["ko"]]
    en, ko = [p[0] for p in pairs] * 17, [p[1] for p in pairs] * 17
    en, ko = en[:1000], ko[:1000]
rng = random.Random(1)
for name, times in (("10k", 10), ("100k", 100)):
    E, K = [], []
    for _ in range(times):
        blocks = list(range(0, len(en), 50))
        rng.shuffle(blocks)
        for b in blocks:
            E += en[b:b + 50]
            K += ko[b:b + 50]
    (work / f"{name}.en").write_text("\n".join(E) + "\n")
    (work / f"{name}.ko").write_text("\n".join(K) + "\n")
docs = work / "docs"
docs.mkdir()
manifest, batch = [], []
for k in range(1000):
    start = rng.randrange(0, len(en) - 20)
    (docs / f"{k:04}.en").write_text("\n".join(en[start:start + 20]) + "\n")
    (docs / f"{k:04}.ko").write_text("\n".join(ko[start:start + 20]) + "\n")
    manifest.append(f"d{k:04}\t{k:04}.en\t{k:04}.ko")
    batch.append(f"{docs}/{k:04}.en\t{docs}/{k:04}.ko\t{docs}/{k:04}.ladder")
(docs / "manifest.tsv").write_text("\n".join(manifest) + "\n")
(docs / "hunalign.batch").write_text("\n".join(batch) + "\n")
(work / "s3.en").write_text("The minister spoke on Monday.\nHe left for Seoul.\nIt rained all day.\n")
(work / "s3.ko").write_text("장관이 월요일에 말했다.\n그는 서울로 떠났다.\n하루 종일 비가 왔다.\n")
rng2 = random.Random(3)
syllables = [chr(c) for c in range(0xAC00, 0xAC00 + 400)]
word = lambda: "".join(rng2.choice(syllables) for _ in range(rng2.randint(2, 3)))
with open(work / "big.dic", "w") as out:
    for i in range(30000):
        out.write(f"word{i} thing @ {word()} {word()}\n")
