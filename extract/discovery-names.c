/* SPDX-License-Identifier: MIT */
/* discovery-names.c: Korean person names next to a role word, found on the
 * words of one sentence: "유영상 SK텔레콤 대표" (name, company, role; a
 * department may stand between company and role), "소프트뱅크 손정의 회장"
 * (company, name, role), "엔비디아 CEO인 젠슨 황" (role, then name).  A name
 * is either a Korean name (a surname from cues.json and two more
 * syllables) or a transliterated name of two Hangul words.  A company from
 * the lexicon or found by discovery, or a role ending in 인/이자, anchors
 * the cue.  Without one, a three-syllable Korean name still counts before a
 * role that stands alone ("김도윤 교수"), or before a company role with one
 * unknown word between, which is then the company ("박도윤 리턴제로
 * 대표"); and any name before an honorific ("씨").  Compound titles end in a
 * role ("기술총괄"). */
#include <string.h>

#include "discovery.h"
#include "korean.h"

typedef struct {
  gsize start, end;  /* the word without the quotes and punctuation around it */
  gboolean punct;    /* punctuation right after it: a boundary */
} Word;

static gboolean
is_trim (gunichar c)
{
  return g_unichar_ispunct (c) || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

static GArray *
split_words (const char *text, gsize start, gsize end)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
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
  return words;
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
  gsize len = w->end - w->start;
  for (const char *p = g_utf8_next_char (s); p < s + len; p = g_utf8_next_char (p))
    {
      const char *particle;
      if (g_utf8_strlen (s, p - s) >= (glong) min_chars
          && kg_particle_match (p, s + len - p, &particle) == (gsize) (s + len - p))
        return p - s;
    }
  return len;
}

static gboolean
in_set (GHashTable *set, const char *s, gsize len)
{
  g_autofree char *w = g_strndup (s, len);
  return g_hash_table_contains (set, w);
}

/* A Korean name: surname (one or two syllables) and one or two more. */
static gboolean
native_name (const KgCues *c, const char *s, gsize len)
{
  /* two syllables are too often a verb form or a noun ("나선", "고객") */
  glong n = g_utf8_strlen (s, len);
  if (n < 3 || n > 4 || !all_hangul (s, len) || in_set (c->stop_ko, s, len))
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

/* Appends [s, s + len) without a gloss in parentheses: "최고경영자(CEO)는"
 * reads as "최고경영자는". */
static void
append_unglossed (GString *out, const char *s, gsize len)
{
  const char *open = memchr (s, '(', len);
  const char *close = open != NULL ? memchr (open, ')', s + len - open) : NULL;
  if (open == NULL || close == NULL || open == s)
    {
      g_string_append_len (out, s, len);
      return;
    }
  g_string_append_len (out, s, open - s);
  g_string_append_len (out, close + 1, s + len - (close + 1));
}

/* "한빛증권", "미래테크": a word that ends like a company name (and is more
 * than that ending). */
static gboolean
ends_like_company (const KgCues *c, const char *s, gsize len)
{
  for (const char *p = g_utf8_next_char (s); p < s + len; p = g_utf8_next_char (p))
    if (kg_set_has (c->company_word_ends_ko, p, s + len - p))
      return TRUE;
  return FALSE;
}

/* A title that ends in a role: "기술총괄", "연구소장" (longer than the role). */
static gboolean
compound_role (const KgCues *c, const char *word)
{
  for (const char *p = g_utf8_next_char (word); *p; p = g_utf8_next_char (p))
    if (g_hash_table_contains (c->role_suffixes_ko, p))
      return TRUE;
  return FALSE;
}

/* A Korean name that stands without a company next to it: three syllables,
 * a surname, and not a noun by its last syllable ("위원회") or a role. */
static gboolean
strong_native_name (const KgCues *c, const char *s, gsize len)
{
  g_autofree char *word = g_strndup (s, len);
  if (g_utf8_strlen (s, len) != 3 || !native_name (c, s, len)
      || g_hash_table_contains (c->roles_ko, word) || compound_role (c, word)
      || g_regex_match (c->verb_end_ko, word, 0, NULL))
    return FALSE;
  const char *last = g_utf8_prev_char (s + len);
  return !kg_set_has (c->name_end_reject_ko, last, s + len - last);
}

/* Role words starting at word @i: returns how many words, 0 if none, and
 * the kind of ending after the role ('a': 인/이자, apposition to a name that
 * follows; 'p': another particle; 0: none). */
static guint
match_role (const KgCues *c, const char *text, GArray *words, guint i, char *ending, char **role_out)
{
  for (guint k = MIN (c->max_role_words, words->len - i); k > 0; k--)
    {
      /* No title is this long; and only a particle (a few bytes) may follow
       * one, so a word of a million letters costs no more than a short one. */
      const Word *last = &g_array_index (words, Word, i + k - 1);
      if (last->end - last->start > 96)
        continue;
      gboolean broken = FALSE;
      for (guint m = 0; m + 1 < k; m++)
        broken |= g_array_index (words, Word, i + m).punct;
      if (broken)
        continue;
      g_autoptr (GString) joined = g_string_new (NULL);
      gsize lead = 0;
      for (guint m = 0; m < k; m++)
        {
          const Word *w = &g_array_index (words, Word, i + m);
          if (m > 0)
            g_string_append_c (joined, ' ');
          lead = joined->len;
          append_unglossed (joined, text + w->start, w->end - w->start);
        }
      gsize floor = MAX (lead, joined->len > 24 ? joined->len - 24 : 0);
      for (gsize cut = joined->len; cut > floor; cut = g_utf8_prev_char (joined->str + cut) - joined->str)
        {
          /* A quick refusal by length before the lookup; the cut is
           * ended in place, so a refusal allocates nothing. */
          char saved = joined->str[cut];
          joined->str[cut] = '\0';
          gboolean hit = (cut <= c->max_role_bytes && c->role_lengths[cut]
                          && g_hash_table_contains (c->roles_ko, joined->str))
                         || (k == 1 && compound_role (c, joined->str));
          joined->str[cut] = saved;
          if (!hit)
            continue;
          const char *rest = joined->str + cut, *particle;
          gsize rl = joined->len - cut;
          if (rl == 0)
            *ending = 0;
          else if (strcmp (rest, "인") == 0 || strcmp (rest, "이자") == 0)
            *ending = 'a';
          else if (kg_particle_match (rest, rl, &particle) == rl)
            *ending = 'p';
          else
            break;
          *role_out = g_strndup (joined->str, cut);
          return k;
        }
    }
  return 0;
}

static gboolean
is_org_word (const KgFinder *f, const char *text, const Word *w)
{
  if (kg_finder_is_org (f, w->start, w->start + without_particle (text, w, 1)))
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

/* A company that owns the name after it: no particle, or 의. */
static gboolean
owner_word (const KgFinder *f, const KgCues *c, const char *text, const Word *w)
{
  (void) c;
  if (w->punct || !is_org_word (f, text, w))
    return FALSE;
  gsize n = without_particle (text, w, 1);
  return n == w->end - w->start
         || (w->end - w->start - n == strlen ("의") && memcmp (text + w->start + n, "의", strlen ("의")) == 0);
}

/* May a name start right after word @j (-1: the sentence start)? */
static gboolean
boundary_before (const KgFinder *f, const char *text, GArray *words, int j)
{
  const KgCues *c = f->doc->extractor->cues;
  if (j < 0)
    return TRUE;
  const Word *w = &g_array_index (words, Word, j);
  if (w->punct || without_particle (text, w, 1) < w->end - w->start)
    return TRUE;
  for (gsize p = w->start; p < w->end; p++)
    if (g_ascii_isdigit (text[p]))
      return TRUE;
  /* "모아실리콘을 창업한 정태윤 대표": after a verb form */
  g_autofree char *word = g_strndup (text + w->start, w->end - w->start);
  if (g_regex_match (c->verb_end_ko, word, 0, NULL))
    return TRUE;
  return kg_finder_lexicon_type (f, w->start, w->end) >= 0;
}

static gboolean
is_modifier (const KgCues *c, const char *text, const Word *w)
{
  return !w->punct && kg_set_has (c->modifiers_ko, text + w->start, w->end - w->start);
}

/* Name, company, role ("유영상 SK텔레콤 대표"; with a department between
 * company and role: "성낙호 네이버클라우드 하이퍼스케일 AI 기술총괄"); or
 * company, name, role ("소프트뱅크 손정의 회장").  With a company role and a
 * strong Korean name, an unknown word between them is the company ("박도윤
 * 리턴제로 대표"); with no company at all, a strong name and a role that
 * stands alone still make a person ("김도윤 교수는"). */
static void
name_before (KgFinder *f, const KgCues *c, GArray *words, int j, const char *role)
{
  const char *text = f->doc->text;
  while (j >= 0 && is_modifier (c, text, &g_array_index (words, Word, j)))
    j--;
  guint aff = 0;
  /* a department of up to two words between the company and the role */
  for (int d = j, skipped = 0; d >= 0 && skipped <= 2; d--, skipped++)
    {
      const Word *w = &g_array_index (words, Word, d);
      g_autofree char *dw = g_strndup (text + w->start, w->end - w->start);
      if (w->punct || g_regex_match (c->verb_end_ko, dw, 0, NULL)
          || (d < j && native_name (c, text + g_array_index (words, Word, d + 1).start,
                                    g_array_index (words, Word, d + 1).end
                                        - g_array_index (words, Word, d + 1).start)))
        break;
      if (is_org_word (f, text, w))
        {
          /* a company with 의 owns the name after it, not a department */
          if (d > 0 && (d == j || without_particle (text, w, 1) == w->end - w->start))
            j = d;
          break;
        }
    }
  while (j >= 0 && aff < 2 && !g_array_index (words, Word, j).punct
         && is_org_word (f, text, &g_array_index (words, Word, j)))
    j--, aff++;
  if (j < 0)
    return;
  const Word *w = &g_array_index (words, Word, j);
  if (aff == 0 && j > 0
      && (g_hash_table_contains (c->company_roles_ko, role)
          || ends_like_company (c, text + w->start, w->end - w->start)))
    {
      /* "박도윤 리턴제로 대표": the word before the role names the company */
      const Word *name = &g_array_index (words, Word, j - 1);
      g_autofree char *org = g_strndup (text + w->start, w->end - w->start);
      if (!name->punct && !w->punct && !g_regex_match (c->verb_end_ko, org, 0, NULL)
          && strong_native_name (c, text + name->start, name->end - name->start)
          && !kg_set_has (c->stop_ko, text + w->start, w->end - w->start)
          && !kg_set_has (c->roles_ko, text + w->start, w->end - w->start)
          && !native_name (c, text + w->start, w->end - w->start)
          && boundary_before (f, text, words, j - 2))
        {
          kg_finder_emit (f, w->start, w->end, KG_TYPE_ORGANIZATION, NULL, FALSE);
          kg_finder_emit (f, name->start, name->end, KG_TYPE_PERSON, NULL, FALSE);
          return;
        }
    }
  if (w->punct && aff == 0)
    return;
  gboolean org_before = j > 0 && is_org_word (f, text, &g_array_index (words, Word, j - 1));
  if (aff == 0 && !org_before && j >= 2 && owner_word (f, c, text, &g_array_index (words, Word, j - 2)))
    {
      /* company, transliterated name of two words, role: "리플릿의 암자드 마사드 CEO" */
      const Word *v = &g_array_index (words, Word, j - 1);
      g_autofree char *last = g_strndup (text + w->start, w->end - w->start);
      g_autofree char *first = g_strndup (text + v->start, v->end - v->start);
      if (!v->punct && without_particle (text, v, 1) == v->end - v->start
          && !g_regex_match (c->verb_end_ko, last, 0, NULL)
          && !g_regex_match (c->verb_end_ko, first, 0, NULL)
          && foreign_word (c, text + v->start, v->end - v->start)
          && foreign_word (c, text + w->start, w->end - w->start))
        kg_finder_emit (f, v->start, w->end, KG_TYPE_PERSON, NULL, FALSE);
      return;
    }
  if (aff == 0 && !org_before)
    {
      if (g_hash_table_contains (c->unanchored_roles_ko, role)
          && strong_native_name (c, text + w->start, w->end - w->start)
          && boundary_before (f, text, words, j - 1))
        kg_finder_emit (f, w->start, w->end, KG_TYPE_PERSON, NULL, FALSE);
      return;
    }
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

/* A name before an honorific ("김도윤 씨", "마틴 로웰 씨"): no company needed. */
static void
name_honorific (KgFinder *f, const KgCues *c, GArray *words, int j)
{
  const char *text = f->doc->text;
  if (j < 0)
    return;
  const Word *w = &g_array_index (words, Word, j);
  if (w->punct)
    return;
  if (native_name (c, text + w->start, w->end - w->start) && g_utf8_strlen (text + w->start, w->end - w->start) >= 3)
    {
      kg_finder_emit (f, w->start, w->end, KG_TYPE_PERSON, NULL, FALSE);
      return;
    }
  if (j == 0)
    return;
  const Word *v = &g_array_index (words, Word, j - 1);
  if (!v->punct && without_particle (text, v, 1) == v->end - v->start
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
  gboolean two = v != NULL && !w->punct && foreign_word (c, text + w->start, w->end - w->start)
                 && without_particle (text, w, 1) == w->end - w->start;
  gsize n2 = two ? without_particle (text, v, 1) : 0;
  g_autofree char *second = two ? g_strndup (text + v->start, v->end - v->start) : NULL;
  /* without 인/이자, two words are a name only as the subject or topic
   * ("오픈AI CEO 샘 올트먼은"), so "CEO 사이 갈등" or "CEO 자리를 놓고" are not */
  const char *particle = NULL;
  if (two && !apposition)
    {
      gsize pl = kg_particle_match (text + v->start + n2, v->end - v->start - n2, &particle);
      two = pl > 0 && pl == v->end - v->start - n2 && particle != NULL
            && (strcmp (particle, "은") == 0 || strcmp (particle, "는") == 0
                || strcmp (particle, "이") == 0 || strcmp (particle, "가") == 0);
    }
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
  g_autoptr (GArray) words = split_words (text, start, end);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = &g_array_index (words, Word, i);
      if (i > 0 && kg_set_has (c->honorifics_ko, text + w->start, without_particle (text, w, 1)))
        {
          name_honorific (f, c, words, (int) i - 1);
          continue;
        }
      char ending = 0;
      g_autofree char *role = NULL;
      guint k = match_role (c, text, words, i, &ending, &role);
      if (k == 0)
        continue;
      if (ending != 'a' || i == 0)
        name_before (f, c, words, (int) i - 1, role);
      const Word *last = &g_array_index (words, Word, i + k - 1);
      gboolean anchored = ending == 'a'
                          || (ending == 0 && i > 0
                              && is_org_word (f, text, &g_array_index (words, Word, i - 1)));
      if (anchored && !last->punct)
        name_after (f, c, words, i + k, ending == 'a');
      i += k - 1;
    }
}
