/* SPDX-License-Identifier: MIT */
/* discovery-names.c: Korean person names next to a role word, found on the
 * words of one sentence: "유영상 SK텔레콤 대표" (name, company, role),
 * "소프트뱅크 손정의 회장" (company, name, role), "엔비디아 CEO인 젠슨 황"
 * (role, then name).  A name is either a Korean name (a surname from
 * cues.json and one to three syllables) or a transliterated name of two
 * Hangul words.  A company from the lexicon, or a role ending in 인/이자,
 * must anchor the cue: a role word alone is too weak.  Every word of every
 * sentence is looked at, so nothing here allocates: words are read in place
 * and looked up through stack buffers. */
#include <string.h>

#include "discovery.h"
#include "korean.h"

typedef KgWord Word;

static gboolean
is_trim (gunichar c)
{
  return g_unichar_ispunct (c) || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* Fills @words (emptied first) with the words of [start, end). */
static void
split_words (GArray *words, const char *text, gsize start, gsize end)
{
  g_array_set_size (words, 0);
  gsize p = start;
  while (p < end)
    {
      while (p < end && g_ascii_isspace (text[p]))
        p++;
      gsize s = p;
      while (p < end && !g_ascii_isspace (text[p]))
        p++;
      Word w = { s, p, FALSE };
      while (w.start < w.end && is_trim (g_utf8_get_char (text + w.start)))
        w.start = g_utf8_next_char (text + w.start) - text;
      while (w.end > w.start)
        {
          const char *prev = g_utf8_prev_char (text + w.end);
          if (!is_trim (g_utf8_get_char (prev)))
            break;
          w.end = prev - text;
          w.punct = TRUE;
        }
      if (w.end > w.start)
        g_array_append_val (words, w);
    }
}

static gboolean
all_hangul (const char *s, gsize len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0xAC00 || c > 0xD7A3)
        return FALSE;
    }
  return len > 0;
}

/* The length of @w without a particle at its end (the whole if none). */
static gsize
without_particle (const char *text, const Word *w, gsize min_chars)
{
  const char *s = text + w->start;
  gsize len = w->end - w->start, chars = 1; /* in [s, p) */
  for (const char *p = g_utf8_next_char (s); p < s + len; p = g_utf8_next_char (p), chars++)
    {
      const char *particle;
      if (chars >= min_chars
          && kg_particle_match (p, s + len - p, &particle) == (gsize) (s + len - p))
        return p - s;
    }
  return len;
}

static gboolean
in_set (GHashTable *set, const char *s, gsize len)
{
  return kg_set_has (set, s, len);
}

/* A Korean name: surname (one or two syllables) and one or two more. */
static gboolean
native_name (const KgCues *c, const char *s, gsize len)
{
  glong n = g_utf8_strlen (s, len);
  if (n < 2 || n > 4 || !all_hangul (s, len) || in_set (c->stop_ko, s, len))
    return FALSE;
  const char *second = g_utf8_next_char (s);
  if (n == 4)
    return in_set (c->surnames, s, g_utf8_next_char (second) - s);
  return in_set (c->surnames, s, second - s);
}

static gboolean
foreign_word (const KgCues *c, const char *s, gsize len)
{
  glong n = g_utf8_strlen (s, len);
  return n >= 1 && n <= 6 && all_hangul (s, len) && !in_set (c->stop_ko, s, len)
         && !in_set (c->roles_ko, s, len);
}

/* Role words starting at word @i: returns how many words, 0 if none, and
 * the kind of ending after the role ('a': 인/이자, apposition to a name that
 * follows; 'p': another particle; 0: none).  The candidate role is the
 * words joined by single spaces, cut inside the last word; it is built in
 * a buffer of the longest role's length, since a longer one is no role. */
static guint
match_role (const KgCues *c, const char *text, GArray *words, guint i, char *ending)
{
  gunichar first = g_utf8_get_char (text + g_array_index (words, Word, i).start);
  if (first < 0x10000 && !(c->role_first[first >> 3] & (1 << (first & 7))))
    return 0;
  char stack[256];
  char *buf = c->max_role_bytes < sizeof stack ? stack : g_malloc (c->max_role_bytes + 1);
  guint found = 0;
  for (guint k = MIN (c->max_role_words, words->len - i); k > 0 && found == 0; k--)
    {
      const Word *last = &g_array_index (words, Word, i + k - 1);
      gboolean broken = FALSE;
      gsize lead = 0; /* bytes of the words before the last, with their spaces */
      for (guint m = 0; m + 1 < k; m++)
        {
          const Word *w = &g_array_index (words, Word, i + m);
          broken |= w->punct;
          lead += w->end - w->start + 1;
        }
      if (broken || lead >= c->max_role_bytes)
        continue;
      gsize o = 0;
      for (guint m = 0; m + 1 < k; m++)
        {
          const Word *w = &g_array_index (words, Word, i + m);
          memcpy (buf + o, text + w->start, w->end - w->start);
          o += w->end - w->start;
          buf[o++] = ' ';
        }
      gsize last_len = last->end - last->start;
      memcpy (buf + lead, text + last->start, MIN (last_len, c->max_role_bytes - lead));
      for (gsize cut = last_len; cut > 0;
           cut = g_utf8_prev_char (text + last->start + cut) - (text + last->start))
        {
          if (lead + cut > c->max_role_bytes || !c->role_lengths[lead + cut])
            continue;
          buf[lead + cut] = '\0';
          if (!g_hash_table_contains (c->roles_ko, buf))
            continue;
          const char *rest = text + last->start + cut, *particle;
          gsize rl = last_len - cut;
          if (rl == 0)
            *ending = 0;
          else if ((rl == strlen ("인") && memcmp (rest, "인", rl) == 0)
                   || (rl == strlen ("이자") && memcmp (rest, "이자", rl) == 0))
            *ending = 'a';
          else if (kg_particle_match (rest, rl, &particle) == rl)
            *ending = 'p';
          else
            break;
          found = k;
          break;
        }
    }
  if (buf != stack)
    g_free (buf);
  return found;
}

static gboolean
is_org_word (const KgFinder *f, const char *text, const Word *w)
{
  if (kg_finder_lexicon_type (f, w->start, w->start + without_particle (text, w, 1))
      == KG_TYPE_ORGANIZATION)
    return TRUE;
  guint upper = 0;
  for (gsize p = w->start; p < w->end; p++)
    {
      if (!g_ascii_isalpha (text[p]))
        return FALSE;
      upper += g_ascii_isupper (text[p]) != 0;
    }
  return upper >= 2;
}

/* May a name start right after word @j (-1: the sentence start)? */
static gboolean
boundary_before (const KgFinder *f, const char *text, GArray *words, int j)
{
  if (j < 0)
    return TRUE;
  const Word *w = &g_array_index (words, Word, j);
  if (w->punct || without_particle (text, w, 1) < w->end - w->start)
    return TRUE;
  for (gsize p = w->start; p < w->end; p++)
    if (g_ascii_isdigit (text[p]))
      return TRUE;
  return kg_finder_lexicon_type (f, w->start, w->end) >= 0;
}

/* Name, company, role; or company, name, role. */
static void
name_before (KgFinder *f, const KgCues *c, GArray *words, int j)
{
  const char *text = f->doc->text;
  while (j >= 0 && !g_array_index (words, Word, j).punct
         && in_set (c->modifiers_ko, text + g_array_index (words, Word, j).start,
                    g_array_index (words, Word, j).end - g_array_index (words, Word, j).start))
    j--;
  guint aff = 0;
  while (j >= 0 && aff < 2 && !g_array_index (words, Word, j).punct
         && is_org_word (f, text, &g_array_index (words, Word, j)))
    j--, aff++;
  if (j < 0)
    return;
  const Word *w = &g_array_index (words, Word, j);
  if (w->punct && aff == 0)
    return;
  gboolean org_before = j > 0 && is_org_word (f, text, &g_array_index (words, Word, j - 1));
  if (aff == 0 && !org_before)
    return;
  if (native_name (c, text + w->start, w->end - w->start))
    {
      kg_finder_emit (f, w->start, w->end, KG_TYPE_PERSON, NULL, FALSE);
      return;
    }
  if (aff == 0 || j == 0)
    return;
  const Word *v = &g_array_index (words, Word, j - 1);
  g_autofree char *last = g_strndup (text + w->start, w->end - w->start);
  if (!v->punct && without_particle (text, v, 1) == v->end - v->start
      && !g_regex_match (c->verb_end_ko, last, 0, NULL)
      && foreign_word (c, text + v->start, v->end - v->start)
      && foreign_word (c, text + w->start, w->end - w->start)
      && boundary_before (f, text, words, j - 2))
    kg_finder_emit (f, v->start, w->end, KG_TYPE_PERSON, NULL, FALSE);
}

/* Role, then the name: "CEO인 젠슨 황은".  Without 인/이자 (@apposition)
 * only a Korean name may follow: two plain words after a role are too often
 * not a name ("CEO 사이 갈등"). */
static void
name_after (KgFinder *f, const KgCues *c, GArray *words, guint i, gboolean apposition)
{
  const char *text = f->doc->text;
  if (i >= words->len)
    return;
  const Word *w = &g_array_index (words, Word, i);
  gsize n1 = without_particle (text, w, 2);
  gboolean native = native_name (c, text + w->start, n1);
  const Word *v = i + 1 < words->len ? &g_array_index (words, Word, i + 1) : NULL;
  gboolean two = apposition && v != NULL && !w->punct && foreign_word (c, text + w->start, w->end - w->start);
  gsize n2 = two ? without_particle (text, v, 1) : 0;
  g_autofree char *second = two ? g_strndup (text + v->start, v->end - v->start) : NULL;
  two = two && foreign_word (c, text + v->start, n2)
        && !g_regex_match (c->verb_end_ko, second, 0, NULL);
  if (native && (n1 < w->end - w->start || w->punct || !two))
    kg_finder_emit (f, w->start, w->start + n1, KG_TYPE_PERSON, NULL, FALSE);
  else if (two)
    kg_finder_emit (f, w->start, v->start + n2, KG_TYPE_PERSON, NULL, FALSE);
}

void
kg_discover_korean_names (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  const char *text = f->doc->text;
  GArray *words = f->words;
  split_words (words, text, start, end);
  for (guint i = 0; i < words->len; i++)
    {
      char ending = 0;
      guint k = match_role (c, text, words, i, &ending);
      if (k == 0)
        continue;
      if (ending != 'a' || i == 0)
        name_before (f, c, words, (int) i - 1);
      const Word *last = &g_array_index (words, Word, i + k - 1);
      gboolean anchored = ending == 'a'
                          || (ending == 0 && i > 0
                              && is_org_word (f, text, &g_array_index (words, Word, i - 1)));
      if (anchored && !last->punct)
        name_after (f, c, words, i + k, ending == 'a');
      i += k - 1;
    }
}
