#!/bin/sh
# The content strings reach translators only if xgettext finds our ITS
# rules: without them it extracts nothing from data/content/*.xml and says
# so only as a warning.  Extract the way po/meson.build does and check.
set -eu
top=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$top"
GETTEXTDATADIRS="$top/po" xgettext --from-code=UTF-8 --files-from=po/POTFILES.in \
  --directory="$top" --output="$out/kinetic-chain.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --add-comments --no-wrap 2>"$out/log" || { cat "$out/log"; exit 1; }
status=0
for needle in \
  'msgid "The back–knee connection"' \
  'msgid "Which warning signs need a doctor straight away?"' \
  'msgid "Numbness or tingling around the genitals, the back passage or the buttocks (the “saddle” area)."' \
  'msgid "See where back pain can be felt on the body map"' \
  'msgid "Search questions and answers"' \
  'msgid "Anterior cruciate ligament (ACL)"' \
  'msgid "An office worker'"'"'s back and knees"' \
  'msgid "Skipped Content Files"'
do
  if ! grep -qF "$needle" "$out/kinetic-chain.pot"; then
    echo "not in the .pot: $needle"
    status=1
  fi
done
# Text must be normalised (single spaces, trimmed) exactly as the loader
# does before calling gettext (kc_text_normalize_space), or lookups miss.
mkdir "$out/data"
printf '<?xml version="1.0"?>\n<faq version="1"><topic id="t"><title>T</title><entry id="e">\n<question>\n   Two   lines\n   of text?  </question><answer><p>A</p></answer></entry></topic></faq>\n' \
  > "$out/data/wrapped.xml"
GETTEXTDATADIRS="$top/po" xgettext --from-code=UTF-8 --no-wrap --output="$out/wrapped.pot" "$out/data/wrapped.xml"
if ! grep -qF 'msgid "Two lines of text?"' "$out/wrapped.pot"; then
  echo "xgettext does not normalise white space the way the loader does:"
  cat "$out/wrapped.pot"
  status=1
fi
# Every translation is complete: no message of the .pot missing,
# untranslated or fuzzy, and every format string matching.
for lang in $(grep -v '^#' po/LINGUAS); do
  if ! msgcmp "po/$lang.po" "$out/kinetic-chain.pot" 2>"$out/msgcmp.log"; then
    echo "po/$lang.po is not complete (msgmerge it with the .pot and translate what is new):"
    head -n 20 "$out/msgcmp.log"
    status=1
  fi
  if ! msgfmt --check --output-file=/dev/null "po/$lang.po" 2>"$out/msgfmt.log"; then
    echo "po/$lang.po has mistakes:"
    head -n 20 "$out/msgfmt.log"
    status=1
  fi
done
# German wording the clinical review retired (issue 13): "Hakeln" for a
# knee that locks or gives way, "steigernde" for progressive, "Dosis" for an
# exercise's dose, "Arzt" without "Ärztin", and physiotherapy without the
# prescription that statutory insurance needs in Germany.
msgcat --no-wrap po/de.po >"$out/de-nowrap.po"
if grep -n -P '^msgstr .*(Hakeln|steigernde|\bDosis\b|(?<!Ärztin oder |Ärztin, )zum Arzt\b|beim Arzt\b|direkt in die Physiotherapie)' \
     "$out/de-nowrap.po"; then
  echo "po/de.po uses wording the clinical review retired (above)"
  status=1
fi
# Every source file with a translatable string is listed, or its
# strings never reach translators.
for file in $(grep -l -E '\b(_|N_|C_|NC_|g_dngettext) ?\(|translatable="yes"' \
                src/*.c src/*/*.c ui/*.ui); do
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "has translatable strings but is not in po/POTFILES.in: $file"
    status=1
  fi
done
exit $status
