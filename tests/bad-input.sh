#!/bin/bash
# SPDX-License-Identifier: MIT
# bad-input.sh: the table of bad inputs (docs/input.md).  Each row runs
# `kgraph build` (or another command) in a scratch folder and checks the exit
# code, the whole of stderr (one line "kgraph: PATH: what is wrong" per
# problem), that a failed run leaves no output and no temporary file, and
# where it matters what the output holds.  Rows that cannot run here (no
# other user to drop to as root, no tmpfs) say why and count as skipped;
# the script fails if any row fails.  KG_BIG_MB (default 50) sizes the
# one-line file (and, in proportion, the one-sentence and one-word files);
# KG_MANY (default 100000) the number of tiny files.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ -x "${KGRAPH:-}" ] || { echo "skip: KGRAPH is not set to the kgraph binary"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
big_mb=${KG_BIG_MB:-50}
many=${KG_MANY:-100000}
# In memory when /dev/shm is there: making and deleting 100,000 files on a
# virtual disk takes minutes.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=$(mktemp -d -p /dev/shm); else work=$(mktemp -d); fi
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
fails=0 passes=0 skips=0 row="" ok=1

fail() { echo "FAIL $row: $*"; ok=0; }
skip_row() { echo "SKIP $1: $2"; skips=$((skips + 1)); }
# Counts the row before: its own checks and those after it (fail) are done.
finish() {
  [ -n "$row" ] || return 0
  local took=$((SECONDS - row_start))
  if [ $ok -eq 1 ]; then echo "ok   $row ($took s)"; passes=$((passes + 1)); else fails=$((fails + 1)); fi
  row=""
}
# begin NAME: a row checked by hand rather than by row().
begin() { finish; row=$1; ok=1; row_start=$SECONDS; }

# run [-u] ARGS...: kgraph ARGS with stdout in ./stdout, stderr in ./stderr,
# the exit code in $rc; -u runs it as the unprivileged user (see below).
# row_stdout=FILE sends stdout elsewhere; row_stdin=FILE reads stdin from FILE.
run() {
  local as=()
  if [ "$1" = -u ]; then as=("${drop[@]}"); shift; fi
  timeout 300 "${as[@]}" "$KGRAPH" "$@" <"${row_stdin:-/dev/null}" >"${row_stdout:-stdout}" 2>stderr
  rc=$?
}

# Output files a run may have left: out.* and their temporaries .out.*
leftovers() { find . -maxdepth 2 \( -name 'out.*' -o -name '.out.*' \) | sort | tr '\n' ' '; }

# row NAME RC STDERR [-u] ARGS...: one row of the table.  STDERR is the
# exact expected stderr (lines joined by \n in a printf format).  A row
# that fails must leave nothing; one that succeeds must write every -o.
row() {
  begin "$1"
  local want_rc=$2 want_err
  want_err=$(printf "$3")
  shift 3
  find . -maxdepth 2 \( -name 'out.*' -o -name '.out.*' \) -exec rm -rf {} +
  run "$@"
  [ "$rc" -eq "$want_rc" ] || fail "exit $rc, want $want_rc"
  local got_err
  got_err=$(cat stderr)
  [ "$got_err" = "$want_err" ] || fail "stderr:
$got_err
want:
$want_err"
  if [ "$want_rc" -ne 0 ]; then
    [ -z "$(leftovers)" ] || fail "left $(leftovers)"
  else
    [ "$*" = "${*%-o -*}" ] && [ -z "$(leftovers)" ] && fail "no output"
    [ -z "$(find . -maxdepth 2 -name '.out.*')" ] || fail "temporary left"
  fi
  return 0
}

# has_entity FILE ID...: the JSON-LD FILE has every entity ID.
has_entity() {
  python3 - "$@" <<'EOF'
import json, sys
ids = {n["@id"].rsplit("/", 1)[-1] for n in json.load(open(sys.argv[1]))["@graph"]
       if "/entity/" in n.get("@id", "")}
missing = [i for i in sys.argv[2:] if i not in ids]
sys.exit("missing entities: " + ", ".join(missing) if missing else 0)
EOF
}

# A short article every good row can read.
ok_text='Sam Altman leads OpenAI. Microsoft invested in OpenAI.'

# ---- binary files: skipped inside a folder, an error alone or with --strict
mkdir png && echo "$ok_text" > png/ok.txt
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' > png/photo.txt
row binary-png-in-folder 0 'kgraph: png/photo.txt: binary file (PNG) (skipped)' build png -o out.jsonld
[ $ok -eq 1 ] && { has_entity out.jsonld openai sam-altman || fail "the good file was not read"; }
row binary-png-strict 1 'kgraph: png/photo.txt: binary file (PNG)' build --strict png -o out.jsonld
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > paper.txt
row binary-pdf-alone 1 'kgraph: paper.txt: binary file (PDF)' build paper.txt -o out.jsonld

# ---- encodings
printf 'Sam Altman \xff\xfe leads OpenAI.\n' > latin.txt
row invalid-utf8 1 'kgraph: latin.txt: neither UTF-8 nor CP949 (invalid byte 0xff at offset 11)' \
  build latin.txt -o out.jsonld
printf 'Sam Altman\0 leads OpenAI.\n' > nul.txt
row nul-byte 1 'kgraph: nul.txt: binary file (NUL byte at offset 10)' build nul.txt -o out.jsonld

# BOM, CRLF, CP949, UTF-16: the same article as plain UTF-8 with LF, at the
# same path, must give byte-identical output (the document id is the path).
ko_text='일론 머스크는 2023년 xAI를 설립했다.
샘 올트먼은 오픈AI를 이끈다. 마이크로소프트는 오픈AI에 투자했다.
엔비디아는 똠방 공장에서 만든 H100을 오픈AI에 공급한다.'
mkdir enc
printf '%s\n' "$ko_text" > enc/article.txt
run build enc/article.txt -o plain.jsonld
[ "$rc" -eq 0 ] || echo "FAIL: the plain article: $(cat stderr)"
for variant in bom crlf cp949 utf16; do
  case $variant in
    bom) { printf '\xef\xbb\xbf'; printf '%s\n' "$ko_text"; } > enc/article.txt ;;
    crlf) printf '%s\n' "$ko_text" | sed 's/$/\r/' > enc/article.txt ;;
    cp949) printf '%s\n' "$ko_text" | iconv -f UTF-8 -t CP949 > enc/article.txt ;;
    utf16) { printf '\xff\xfe'; printf '%s\n' "$ko_text" | iconv -f UTF-8 -t UTF-16LE; } > enc/article.txt ;;
  esac
  row "$variant" 0 '' build enc/article.txt -o out.jsonld
  [ $ok -eq 1 ] || continue
  cmp -s out.jsonld plain.jsonld || fail "output differs from the UTF-8 article's"
  has_entity out.jsonld elon-musk xai sam-altman openai microsoft nvidia || fail "entities"
done
# The CP949 article really was converted: 똠 exists only in CP949, not EUC-KR.
printf '%s\n' "$ko_text" | iconv -f UTF-8 -t CP949 > enc/article.txt
row cp949-names 0 '' build enc/article.txt -o out.jsonld
grep -q '"일론 머스크"' out.jsonld && grep -q '"오픈AI"' out.jsonld && grep -q '"엔비디아는 똠방 공장에서 만든 H100을 오픈AI에 공급한다."' out.jsonld ||
  fail "Korean names or evidence not in the output"

# ---- empty things, missing things, things that are not files
: > empty.txt
row empty-file 1 'kgraph: empty.txt: no text' build empty.txt -o out.jsonld
printf ' \n\t\r\n\xef\xbb\xbf\n' > blank.txt
row blank-file 1 'kgraph: blank.txt: no text' build blank.txt -o out.jsonld
mkdir emptydir emptydir/sub && touch emptydir/notes.pdf
row empty-folder 1 'kgraph: emptydir: no .txt or .md files' build emptydir -o out.jsonld
row missing-path 1 'kgraph: missing.txt: No such file or directory' build missing.txt -o out.jsonld
row missing-among-good 1 'kgraph: missing: No such file or directory' build png missing -o out.jsonld
row not-a-file 1 'kgraph: /dev/null: not a regular file or folder' build /dev/null -o out.jsonld
mkdir junk && printf '\0' > junk/a.txt && : > junk/b.md
row nothing-readable 1 'kgraph: junk/a.txt: binary file (NUL byte at offset 0) (skipped)
kgraph: junk/b.md: no text (skipped)
kgraph: junk: none of the 2 files could be read as text' build junk -o out.jsonld
# A FIFO named .txt must not hang the walk: it is not a regular file.
mkdir fifo && echo "$ok_text" > fifo/ok.txt && mkfifo fifo/pipe.txt
row fifo-in-folder 0 '' build fifo -o out.jsonld

# ---- unreadable files.  As root chmod 000 does not stop reading, so drop
# to the user nobody with setpriv for these rows, or skip them.
drop=()
if [ "$(id -u)" -ne 0 ]; then
  drop=(env)
elif command -v setpriv >/dev/null && chmod 755 "$work" &&
     setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$KGRAPH" 2>/dev/null; then
  drop=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ ${#drop[@]} -eq 0 ]; then
  skip_row unreadable "running as root, and setpriv cannot drop to nobody (or nobody cannot run $KGRAPH)"
else
  mkdir -p locked/sub
  echo "$ok_text" > locked/ok.txt
  echo "$ok_text" > locked/secret.txt
  echo "$ok_text" > locked/sub/deep.txt
  chmod 000 locked/secret.txt locked/sub
  mkdir -m 777 w
  # Folders are listed first, files read after: the notes come in that order.
  row unreadable-in-folder 0 'kgraph: locked/sub: Permission denied (skipped)
kgraph: locked/secret.txt: Permission denied (skipped)' -u build locked -o w/out.jsonld
  row unreadable-strict 1 'kgraph: locked/sub: Permission denied' \
    -u build --strict locked -o w/out.jsonld
  chmod 755 locked/sub
  row unreadable-strict-file 1 'kgraph: locked/secret.txt: Permission denied' \
    -u build --strict locked -o w/out.jsonld
  row unreadable-alone 1 'kgraph: locked/secret.txt: Permission denied' \
    -u build locked/secret.txt -o w/out.jsonld
  mkdir -m 555 ro
  row output-not-writable 1 'kgraph: ro/out.jsonld: cannot write in ro: Permission denied' \
    -u build png/ok.txt -o ro/out.jsonld
fi

# ---- symlinks: a folder that links to itself, files that link in a ring
mkdir loop && echo "$ok_text" > loop/ok.txt
ln -s . loop/self && ln -s ../loop loop/parent
ln -s ring2.txt loop/ring1.txt && ln -s ring1.txt loop/ring2.txt && ln -s nowhere.txt loop/dangling.txt
row symlink-loop 0 'kgraph: loop/dangling.txt: No such file or directory (skipped)
kgraph: loop/ring1.txt: Too many levels of symbolic links (skipped)
kgraph: loop/ring2.txt: Too many levels of symbolic links (skipped)' build loop -o out.jsonld
[ $ok -eq 1 ] && { has_entity out.jsonld openai || fail "loop/ok.txt not read"; }
row symlink-loop-alone 1 'kgraph: loop/ring1.txt: Too many levels of symbolic links' \
  build loop/ring1.txt -o out.jsonld

# ---- size: one 50 MB line, one huge sentence, 100,000 tiny files
python3 - "$big_mb" <<'EOF'
import sys
s = "Sam Altman leads OpenAI and Nvidia supplies H100 chips to xAI; 엔비디아는 오픈AI에 H100을 공급한다. "
n = int(sys.argv[1]) * 1024 * 1024 // len(s.encode())
with open("line.txt", "w") as f: f.write(s * n)
w = "Sam Altman and Microsoft and 엔비디아 그리고 오픈AI 그리고 "
# One sentence of 8 MB and one word of a million syllables (at 50 MB).
with open("sentence.txt", "w") as f: f.write(w * (int(sys.argv[1]) * 8 * 1024 * 1024 // 50 // len(w.encode())))
with open("nospace.txt", "w") as f: f.write("가" * (int(sys.argv[1]) * 20000))
EOF
row "line-${big_mb}mb" 0 '' build line.txt -o out.jsonld
[ $ok -eq 1 ] && { has_entity out.jsonld openai sam-altman nvidia xai || fail "entities"; }
row "sentence-$((big_mb * 8 / 50 * 1000 + big_mb * 8 % 50 * 20))kb-no-full-stop" 0 '' build sentence.txt -o out.jsonld
[ $ok -eq 1 ] && { has_entity out.jsonld openai microsoft nvidia || fail "entities"; }
row "no-space-$((big_mb * 20000))-chars" 0 '' build nospace.txt -o out.jsonld

python3 - "$many" <<'EOF'
import os, sys
texts = ["Sam Altman leads OpenAI.", "Nvidia supplies H100 chips to xAI.",
         "엔비디아는 오픈AI에 H100을 공급한다.", "Microsoft invested in OpenAI."]
for i in range(int(sys.argv[1])):
    d = "many/d%03d" % (i % 250)
    if i < 250: os.makedirs(d)
    with open("%s/%06d.txt" % (d, i), "w") as f: f.write("%s Doc %d.\n" % (texts[i % 4], i))
EOF
row "tiny-files-$many" 0 '' build many -o out.jsonld
[ $ok -eq 1 ] && python3 - "$many" <<'EOF' || fail "not every tiny file was counted"
import json, sys
n = int(sys.argv[1])
count = {e["@id"].rsplit("/", 1)[-1]: e.get("kg:documentCount")
         for e in json.load(open("out.jsonld"))["@graph"] if "/entity/" in e.get("@id", "")}
want = {"openai": (n + 3) // 4 + (n + 1) // 4 + n // 4, "microsoft": n // 4, "sam-altman": (n + 3) // 4}
bad = {k: (count.get(k), v) for k, v in want.items() if count.get(k) != v}
sys.exit(f"documentCount (got, want): {bad}" if bad else 0)
EOF

# ---- JSON Lines on stdin (extract -): bad records are skipped like files
printf '%s\n' '{"id": "a", "text": "Sam Altman leads OpenAI."}' 'not json' '' '{"id": "b"}' \
  '{"id": 7, "text": "x"}' '{"id": "c", "text": "\u0000binary"}' > mixed.jsonl
row_stdin=mixed.jsonl row jsonl-bad-records 0 "kgraph: stdin:2: not JSON: '[' or '{' expected near 'not' (skipped)
kgraph: stdin:4: a line must be {\"id\": STRING, \"text\": STRING} (skipped)
kgraph: stdin:5: a line must be {\"id\": STRING, \"text\": STRING} (skipped)
kgraph: stdin:6: not JSON: \\\\u0000 is not allowed without JSON_ALLOW_NUL near '\"\\\\u0000binary\"' (skipped)" extract - -o out.jsonld
[ $ok -eq 1 ] && { has_entity out.jsonld openai sam-altman || fail "the good record was not read"; }
# An id without a text once crashed kgraph (json_unpack had set the id).
printf '%s\n' '{"id": "b"}' 'not json' > bad.jsonl
row_stdin=bad.jsonl row jsonl-no-good-record 1 "kgraph: stdin:1: a line must be {\"id\": STRING, \"text\": STRING} (skipped)
kgraph: stdin:2: not JSON: '[' or '{' expected near 'not' (skipped)
kgraph: stdin: none of the 2 records could be read" extract - -o out.jsonld
row_stdin=bad.jsonl row jsonl-strict 1 'kgraph: stdin:1: a line must be {"id": STRING, "text": STRING}' \
  extract --strict - -o out.jsonld
row usage-jsonl-and-paths 2 "kgraph: '-' (JSON Lines on stdin) cannot be mixed with paths" \
  extract - png -o out.jsonld

# ---- lexicons
printf '{"entities": [\n  {"id": "x", "type": "person",\n   "en": "X" ]}\n' > bad.json
row lexicon-malformed 1 "kgraph: bad.json:3:14: '}' expected near ']'" build png/ok.txt --lexicon bad.json -o out.jsonld
printf '{"entities": [{"id": "x", "type": "robot", "en": "X"}]}' > type.json
row lexicon-unknown-type 1 'kgraph: type.json: entry "x": unknown type "robot"' \
  build png/ok.txt --lexicon type.json -o out.jsonld
printf '{"entities": [{"id": "x", "type": "person", "en": "  "}]}' > name.json
row lexicon-empty-name 1 'kgraph: name.json: entry "x": en is empty' \
  build png/ok.txt --lexicon name.json -o out.jsonld
row lexicon-missing 1 'kgraph: nolex.json: No such file or directory' \
  build png/ok.txt --lexicon nolex.json -o out.jsonld
row lexicon-check-malformed 1 "kgraph: bad.json:3:14: '}' expected near ']'" lexicon --lexicon bad.json

# ---- outputs
row output-folder-missing 1 'kgraph: nodir/out.jsonld: folder nodir does not exist' \
  build png/ok.txt -o nodir/out.jsonld
mkdir folder.graphml
row output-is-folder 1 'kgraph: folder.graphml: is a folder' build png/ok.txt -o folder.graphml
row_stdout=/dev/full row stdout-full 1 'kgraph: stdout: No space left on device' \
  build png/ok.txt -o - --format jsonld

# A full disk: a 100 KB tmpfs in a private mount namespace when this may
# mount, else a file size limit (ulimit -f, SIGXFSZ ignored, so write()
# fails with EFBIG).  An older small output must survive whole.
cat > full.sh <<'EOF'
set -u
dir=$1; shift
"$@" build --quiet png/ok.txt -o "$dir/out.svg" || exit 3
md5sum < "$dir/out.svg" > before.md5
"$@" build --quiet --all "$KG_EXAMPLES" -o "$dir/out.svg" 2>full.err
echo $? > full.rc
md5sum < "$dir/out.svg" > after.md5
ls -A "$dir" > full.ls
EOF
examples=${KG_SOURCE_DIR:-$here/..}/examples
if unshare -m sh -c 'mount -t tmpfs -o size=4k tmpfs /mnt' 2>/dev/null; then
  how="tmpfs of 100 KB"
  mkdir disk
  KG_EXAMPLES=$examples unshare -m sh -c \
    'mount -t tmpfs -o size=100k tmpfs disk && exec bash full.sh disk "$0"' "$KGRAPH"
  want='kgraph: disk/out.svg: No space left on device'
else
  how="ulimit -f 100 (KB)"
  mkdir disk
  KG_EXAMPLES=$examples bash -c 'trap "" XFSZ; ulimit -f 100; exec bash full.sh disk "$0"' "$KGRAPH"
  want='kgraph: disk/out.svg: File too large'
fi
begin "full-disk ($how)"
[ "$(cat full.rc 2>/dev/null)" = 1 ] || fail "exit $(cat full.rc 2>/dev/null), want 1"
[ "$(cat full.err 2>/dev/null)" = "$want" ] || fail "stderr '$(cat full.err 2>/dev/null)', want '$want'"
cmp -s before.md5 after.md5 || fail "the older output was changed"
[ "$(cat full.ls 2>/dev/null)" = out.svg ] || fail "files left: $(cat full.ls 2>/dev/null | tr '\n' ' ')"

# A failed run keeps an older output as it was.
run build png/ok.txt -o out.jsonld && cp out.jsonld keep.jsonld
run build missing.txt -o out.jsonld
begin old-output-kept
[ $rc -eq 1 ] && cmp -s out.jsonld keep.jsonld && [ -z "$(find . -maxdepth 1 -name '.out.*')" ] ||
  fail "exit $rc; the older output changed or a temporary is left"

# ---- the same path given twice (and through ./, a trailing slash, a link)
mkdir twice && echo "$ok_text" > twice/a.txt && echo 'Nvidia supplies OpenAI.' > twice/b.md
ln -s twice twice-link
run build twice -o once.jsonld
row same-path-twice 0 '' build twice twice/ ./twice twice/a.txt twice-link -o out.jsonld
[ $ok -eq 1 ] && { cmp -s out.jsonld once.jsonld || fail "output differs from one mention of the path"; }

# ---- usage errors exit 2
row usage-no-path 2 'kgraph: give a PATH to read (try --help)' build -o out.jsonld
row usage-no-output 2 'kgraph: no output: give -o FILE (for example -o graph.svg)' build png
row usage-unknown-format 2 'kgraph: out.xyz: cannot tell the format from the name; use an extension (.svg .png .pdf .dot .jsonld .graphml .nt) or --format' \
  build png -o out.xyz
row usage-output-twice 2 'kgraph: out.jsonld: given twice as -o' build png -o out.jsonld -o out.jsonld
row usage-unknown-option 2 'kgraph: Unknown option --bogus (try --help)' build --bogus png -o out.jsonld
row usage-unknown-command 2 "kgraph: unknown command 'bogus' (try 'kgraph --help')" bogus

finish
echo "bad-input: $passes passed, $fails failed, $skips skipped"
[ $fails -eq 0 ]
