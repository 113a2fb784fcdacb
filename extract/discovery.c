/* SPDX-License-Identifier: MIT */
/* discovery.c: finds names no lexicon lists and types them by their cue:
 * quoted names after or before a type noun, product and chip codes by
 * shape, company suffixes, and blocks (events, venues: names that are no
 * entity but must not leave a name inside them alone).  English cues are in
 * discovery-en.c, Korean names next to roles in discovery-names.c.  Every
 * cue is in data/cues.json, compiled once (GRegex).  A discovered mention
 * never overlaps a lexicon mention, a block or a skip span; resolve settles
 * the rest.  A prefilter scan of the document (prefilter.c) tells which
 * sentences a regex cue cannot match, so most sentences cost no regex. */
#include <string.h>

#include "discovery.h"
#include "korean.h"

/* ---- emitting mentions ---- */

guint
kg_finder_lex_lower_bound (const KgFinder *f, gsize pos)
{
  guint lo = 0, hi = f->lex->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (f->lex, KgMention, mid).start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Calls back for each lexicon mention overlapping [start, end). */
#define FOREACH_LEX(f, start, end, m)                                                      \
  for (guint i_ = kg_finder_lex_lower_bound (f, (start) > (f)->lex_max ? (start) - (f)->lex_max : 0); \
       i_ < (f)->lex->len && g_array_index ((f)->lex, KgMention, i_).start < (end); i_++)  \
    if ((m = &g_array_index ((f)->lex, KgMention, i_))->end > (start))

gboolean
kg_finder_has_lexicon (const KgFinder *f, gsize start, gsize end, gboolean exact)
{
  const KgMention *m;
  FOREACH_LEX (f, start, end, m)
  if (exact ? (m->start == start && m->end == end) : (m->start >= start && m->end <= end))
    return TRUE;
  return FALSE;
}

int
kg_finder_lexicon_type (const KgFinder *f, gsize start, gsize end)
{
  const KgMention *m;
  FOREACH_LEX (f, start, end, m)
  if (m->start <= start && end <= m->end)
    return m->type;
  return -1;
}

static gboolean
is_open_quote (gunichar c)
{
  return c == '\'' || c == '"' || c == 0x2018 || c == 0x201C || c == 0x300C || c == 0x300E;
}

gboolean
kg_set_has (GHashTable *set, const char *s, gsize len)
{
  g_autofree char *w = g_strndup (s, len);
  return g_hash_table_contains (set, w);
}

static gboolean
is_hangul_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return c >= 0xAC00 && c <= 0xD7A3;
}

char *
kg_discovered_id (const char *surface)
{
  GString *key = g_string_new (NULL);
  for (const char *p = surface; *p; p = g_utf8_next_char (p))
    {
      if (*p == ' ' || *p == '-' || *p == '.' || g_utf8_get_char (p) == 0xB7)
        {
          /* a separator next to Hangul is spelling, not structure */
          const char *next = g_utf8_next_char (p);
          gboolean before = key->len > 0 && is_hangul_at (g_utf8_prev_char (key->str + key->len));
          if (before || (*next != '\0' && is_hangul_at (next)))
            continue;
        }
      if (key->len > 0 && g_ascii_isupper (*p) && g_ascii_islower (key->str[key->len - 1]))
        g_string_append_c (key, ' ');
      g_string_append_len (key, p, g_utf8_next_char (p) - p);
    }
  char *slug = kg_slug (key->str);
  g_string_free (key, TRUE);
  return slug;
}

/* Does a block overlap [start, end)?  *same: a discovered mention has
 * exactly that span already.  The discovered mentions of the sentence are
 * doc->mentions[f->from...]. */
static gboolean
overlaps_block (const KgFinder *f, gsize start, gsize end, gboolean *same)
{
  const KgDoc *doc = f->doc;
  *same = FALSE;
  for (guint i = f->from; i < doc->mentions->len; i++)
    {
      const KgMention *d = &g_array_index (doc->mentions, KgMention, i);
      if (d->start == start && d->end == end)
        *same = TRUE;
      if ((d->flags & KG_MENTION_BLOCK) && d->start < end && start < d->end)
        return TRUE;
    }
  return FALSE;
}

gboolean
kg_finder_emit (KgFinder *f, gsize start, gsize end, KgType type, const char *id,
                gboolean inner_ok)
{
  KgDoc *doc = f->doc;
  KgMention mention = { .start = start, .end = end, .type = type,
                        .flags = KG_MENTION_DISCOVERED };
  if (end <= start || end > doc->len
      || !kg_word_bounds (doc->text, doc->len, start, end, &mention.particle,
                          &mention.particle_end)
      || kg_doc_is_skipped (doc, start, end))
    return FALSE;
  /* a short form inside or across a longer name does not stop it: resolve
   * lets the longest mention win */
  const KgMention *m;
  FOREACH_LEX (f, start, end, m)
  if (!(m->flags & KG_MENTION_SHORT) || (m->start <= start && end <= m->end))
    if (!inner_ok || m->start < start || m->end > end || (m->start == start && m->end == end))
      return FALSE;
  gboolean same;
  if (overlaps_block (f, start, end, &same) || same)
    return FALSE;
  g_autofree char *surface = g_strndup (doc->text + start, end - start);
  g_autofree char *slug = id == NULL ? kg_discovered_id (surface) : NULL;
  if ((id == NULL && (slug == NULL || *slug == '\0')))
    return FALSE;
  mention.entity_id = g_intern_string (id != NULL ? id : slug);
  if (start > 0 && is_open_quote (g_utf8_get_char (g_utf8_prev_char (doc->text + start))))
    mention.flags |= KG_MENTION_QUOTED;
  g_array_append_val (doc->mentions, mention);
  return TRUE;
}

gboolean
kg_finder_block (KgFinder *f, gsize start, gsize end)
{
  KgDoc *doc = f->doc;
  gboolean same;
  if (end <= start || end > doc->len || kg_doc_is_skipped (doc, start, end)
      || overlaps_block (f, start, end, &same))
    return FALSE;
  KgMention mention = { .start = start, .end = end, .particle_end = end,
                        .type = KG_TYPE_PROJECT, .entity_id = g_intern_string ("-block-"),
                        .flags = KG_MENTION_DISCOVERED | KG_MENTION_BLOCK };
  g_array_append_val (doc->mentions, mention);
  return TRUE;
}

gboolean
kg_finder_is_org (const KgFinder *f, gsize start, gsize end)
{
  const KgMention *m;
  FOREACH_LEX (f, start, end, m)
  if (m->start <= start && end <= m->end && m->type == KG_TYPE_ORGANIZATION)
    return TRUE;
  const KgDoc *doc = f->doc;
  for (guint i = f->from; i < doc->mentions->len; i++)
    {
      const KgMention *d = &g_array_index (doc->mentions, KgMention, i);
      if (!(d->flags & KG_MENTION_BLOCK) && d->start <= start && end <= d->end
          && d->type == KG_TYPE_ORGANIZATION)
        return TRUE;
    }
  return FALSE;
}

int
kg_finder_type_at (const KgFinder *f, gsize start, gsize end)
{
  int t = kg_finder_lexicon_type (f, start, end);
  if (t >= 0)
    return t;
  const KgDoc *doc = f->doc;
  for (guint i = f->from; i < doc->mentions->len; i++)
    {
      const KgMention *d = &g_array_index (doc->mentions, KgMention, i);
      if (!(d->flags & KG_MENTION_BLOCK) && d->start <= start && end <= d->end)
        return d->type;
    }
  return -1;
}

/* ---- quoted names next to a type noun ---- */

/* Trims the spaces inside the quotes; FALSE when what is left is no name
 * (too many words, a sentence, a stop word). */
static gboolean
quoted_name (const KgCues *c, const char *text, int *s, int *e)
{
  while (*s < *e && text[*s] == ' ')
    (*s)++;
  while (*e > *s && text[*e - 1] == ' ')
    (*e)--;
  g_autofree char *name = g_strndup (text + *s, *e - *s);
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  return *e > *s && g_strv_length (words) <= c->quoted_max_words
         && !g_regex_match (c->quoted_reject, name, 0, NULL)
         && !g_hash_table_contains (c->stop_ko, name);
}

/* Emits a quoted name; "큐:(Cue:)" is the name 큐: glossed as Cue:, two
 * spellings of one entity. */
static void
emit_quoted (KgFinder *f, gsize s, gsize e, KgType type)
{
  const char *text = f->doc->text;
  const char *open = memchr (text + s, '(', e - s);
  if (open == NULL || text[e - 1] != ')' || open == text + s)
    {
      kg_finder_emit (f, s, e, type, NULL, FALSE);
      return;
    }
  gsize a_end = open - text, b_start = a_end + 1, b_end = e - 1;
  while (a_end > s && text[a_end - 1] == ' ')
    a_end--;
  if (b_end <= b_start || !kg_finder_emit (f, s, a_end, type, NULL, FALSE))
    return;
  const char *id = g_array_index (f->doc->mentions, KgMention, f->doc->mentions->len - 1).entity_id;
  kg_finder_emit (f, b_start, b_end, type, id, FALSE);
}

static void
find_quoted (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start, gsize end,
             gboolean events)
{
  const char *text = f->doc->text;
  if (!kg_prefilter_may_match (f->hits, c->codes->len + cue, start, end))
    return;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      g_autofree char *noun = g_match_info_fetch_named (mi, "noun");
      gpointer t = g_hash_table_lookup (c->quoted_types, noun);
      if (t == NULL || !g_match_info_fetch_named_pos (mi, "name", &s, &e)
          || (GPOINTER_TO_INT (t) - 1 == KG_QUOTED_EVENT) != events)
        continue;
      if (events)
        kg_finder_block (f, s, e);
      else if (quoted_name (c, text, &s, &e))
        emit_quoted (f, s, e, GPOINTER_TO_INT (t) - 1);
    }
}

/* A quoted name typed by itself: an event by its last word ('SK AI 서밋
 * 2024') is a block; one ending in an organization word ('글로벌 텔코 AI
 * 얼라이언스') is an organization. */
static void
find_quoted_self (KgFinder *f, const KgCues *c, gsize start, gsize end, gboolean events)
{
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (c->quoted_any, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      g_match_info_fetch_named_pos (mi, "name", &s, &e);
      if (!quoted_name (c, text, &s, &e))
        continue;
      g_autofree char *name = g_strndup (text + s, e - s);
      if (events)
        {
          if (g_regex_match (c->event_words, name, 0, NULL))
            kg_finder_block (f, s, e);
          continue;
        }
      const char *last = strrchr (name, ' ');
      g_auto (GStrv) words = g_strsplit (name, " ", -1);
      if (last != NULL && g_strv_length (words) >= 3
          && g_hash_table_contains (c->quoted_org_suffixes, last + 1))
        kg_finder_emit (f, s, e, KG_TYPE_ORGANIZATION, NULL, FALSE);
    }
}

/* Events and venues by form (cues.json "blocks"). */
static void
find_blocks (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  for (guint k = 0; k < c->blocks->len; k++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      g_regex_match_full (c->blocks->pdata[k], f->doc->text, end, start, 0, &mi, NULL);
      for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
        {
          int s, e;
          g_match_info_fetch_pos (mi, 0, &s, &e);
          kg_finder_block (f, s, e);
        }
    }
}

/* ---- codes and versioned families ---- */

static char *
code_id (const KgCues *c, const KgCode *code, GMatchInfo *mi)
{
  if (code->id == NULL)
    return NULL;
  g_autofree char *version = g_match_info_fetch (mi, 1);
  g_autofree char *suffix = g_match_info_fetch (mi, 2);
  g_autofree char *v = kg_slug (version != NULL ? version : "");
  const char *word = suffix != NULL ? g_hash_table_lookup (c->suffix_words, suffix) : NULL;
  g_autofree char *sw = (suffix != NULL && *suffix != '\0' && word == NULL) ? kg_slug (suffix) : NULL;
  if (word == NULL)
    word = sw;
  return word != NULL && *word != '\0' ? g_strdup_printf ("%s-%s-%s", code->id, v, word)
                                       : g_strdup_printf ("%s-%s", code->id, v);
}

static void
find_codes (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  for (guint k = 0; k < c->codes->len; k++)
    {
      const KgCode *code = &g_array_index (c->codes, KgCode, k);
      if (!kg_prefilter_may_match (f->hits, k, start, end))
        continue;
      g_autoptr (GMatchInfo) mi = NULL;
      g_regex_match_full (code->regex, f->doc->text, end, start, 0, &mi, NULL);
      for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
        {
          int s, e;
          g_match_info_fetch_pos (mi, 0, &s, &e);
          g_autofree char *id = code_id (c, code, mi);
          kg_finder_emit (f, s, e, code->type, id, TRUE);
        }
    }
}

/* ---- company suffixes ---- */

/* "소프트웨어정책연구소", "보링 컴퍼니": a Hangul or Latin
 * stem and a suffix, attached or after one space. */
static void
find_org_ko (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  const char *text = f->doc->text;
  for (guint k = 0; k < c->org_suffixes->len; k++)
    {
      const KgOrgSuffix *os = &g_array_index (c->org_suffixes, KgOrgSuffix, k);
      gsize sl = strlen (os->suffix);
      for (const char *p = text + start; (p = memmem (p, text + end - p, os->suffix, sl)) != NULL;
           p += sl)
        {
          gsize se = p - text;
          gboolean spaced = se > start && text[se - 1] == ' ';
          if (spaced && os->attached_only)
            continue;
          gsize stem_end = spaced ? se - 1 : se, stem_start = stem_end;
          while (stem_start > start)
            {
              const char *prev = g_utf8_prev_char (text + stem_start);
              gunichar ch = g_utf8_get_char (prev);
              if (!g_unichar_isalnum (ch))
                break;
              stem_start = prev - text;
            }
          if (g_utf8_strlen (text + stem_start, stem_end - stem_start) < 2)
            continue;
          g_autofree char *stem = g_strndup (text + stem_start, stem_end - stem_start);
          int lt = kg_finder_lexicon_type (f, stem_start, stem_end);
          if (g_hash_table_contains (c->stop_ko, stem) || g_regex_match (c->org_stem_reject, stem, 0, NULL)
              || (lt >= 0 && (os->same_as_stem || lt != KG_TYPE_ORGANIZATION))
              || kg_finder_has_lexicon (f, stem_start, stem_end, FALSE))
            continue;
          kg_finder_emit (f, stem_start, se + sl, KG_TYPE_ORGANIZATION, NULL, FALSE);
        }
    }
}

/* "AI 스타트업 솔바이트는": a company noun before an unknown name */
static void
find_org_after_noun (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (c->org_after_noun_ko, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      if (!g_match_info_fetch_named_pos (mi, "name", &s, &e) || s < 0)
        continue;
      g_autofree char *name = g_strndup (text + s, e - s);
      const char *last = g_utf8_prev_char (name + strlen (name));
      if (g_hash_table_contains (c->stop_ko, name) || g_regex_match (c->org_stem_reject, name, 0, NULL)
          || g_hash_table_contains (c->name_end_reject_ko, last)
          || kg_finder_has_lexicon (f, s, e, FALSE) || kg_finder_type_at (f, s, e) >= 0)
        continue;
      kg_finder_emit (f, s, e, KG_TYPE_ORGANIZATION, NULL, FALSE);
    }
}

static void
find_org_en (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  if (!kg_prefilter_may_match (f->hits, c->codes->len + KG_CUE_ORG_EN, start, end))
    return;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (c->org_en, f->doc->text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e, ss, se;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      g_match_info_fetch_named_pos (mi, "stem", &ss, &se);
      /* "The Linux Foundation" is the Linux Foundation */
      const char *text = f->doc->text;
      while (ss < se)
        {
          const char *sp = memchr (text + ss, ' ', se - ss);
          if (sp == NULL || !kg_set_has (c->stop_en, text + ss, sp - (text + ss)))
            break;
          ss = s = sp + 1 - text;
        }
      g_autofree char *stem = g_strndup (text + ss, se - ss);
      /* "AMD Ventures", "Intel Capital": a company's fund is a company of
       * its own; "Nvidia Corp." is Nvidia */
      gboolean fund = (e - se > 8 && memcmp (text + e - 8, "Ventures", 8) == 0)
                      || (e - se > 7 && memcmp (text + e - 7, "Capital", 7) == 0);
      if (g_hash_table_contains (c->stop_en, stem)
          || (!fund && kg_finder_has_lexicon (f, ss, se, TRUE)))
        continue;
      kg_finder_emit (f, s, e, KG_TYPE_ORGANIZATION, NULL, fund);
    }
}

/* ---- the pass ---- */

static int
by_start (gconstpointer pa, gconstpointer pb)
{
  const KgMention *a = pa, *b = pb;
  return a->start < b->start ? -1 : a->start > b->start;
}

static void
discover_range (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  f->from = f->doc->mentions->len;
  /* blocks first: nothing is discovered inside them */
  find_quoted (f, c, c->quoted_before, KG_CUE_QUOTED_BEFORE, start, end, TRUE);
  find_quoted (f, c, c->quoted_after, KG_CUE_QUOTED_AFTER, start, end, TRUE);
  find_quoted_self (f, c, start, end, TRUE);
  find_blocks (f, c, start, end);
  find_codes (f, c, start, end);
  kg_discover_versions (f, c, start, end);
  find_quoted (f, c, c->quoted_before, KG_CUE_QUOTED_BEFORE, start, end, FALSE);
  find_quoted (f, c, c->quoted_after, KG_CUE_QUOTED_AFTER, start, end, FALSE);
  find_quoted_self (f, c, start, end, FALSE);
  kg_discover_english (f, c, start, end);
  find_org_en (f, c, start, end);
  find_org_ko (f, c, start, end);
  find_org_after_noun (f, c, start, end);
  kg_discover_korean_names (f, c, start, end);
}

/* Does a discovered mention of @f overlap [start, end)?  @spans: the
 * (start, end) pairs of them, sorted by start. */
static gboolean
overlaps_discovered (const GArray *spans, gsize start, gsize end)
{
  guint lo = 0, hi = spans->len / 2;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (spans, gsize, 2 * mid) < end)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* spans starting before end; the longest discovered name is short, so
   * only a few before it can reach start */
  for (guint k = lo; k > 0 && k + 8 > lo; k--)
    if (g_array_index (spans, gsize, 2 * (k - 1) + 1) > start)
      return TRUE;
  return FALSE;
}

static int
by_span_start (gconstpointer pa, gconstpointer pb)
{
  const gsize *a = pa, *b = pb;
  return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* A name discovered once, by a cue ("이서연 모아실리콘 CTO"), is the same
 * name wherever else the document writes it ("모아실리콘은 투자를
 * 유치했다").  Names of two syllables or five letters and more; the work
 * is bounded (a huge document stops early: PROPAGATE_BUDGET bytes of
 * search). */
#define PROPAGATE_BUDGET ((gsize)256 << 20)
static void
propagate (KgFinder *f, guint first)
{
  KgDoc *doc = f->doc;
  guint n = doc->mentions->len;
  if (n == first)
    return;
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);
  for (guint i = first; i < n; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      gsize span[2] = { m->start, m->end };
      g_array_append_val (spans, span);
    }
  g_array_sort (spans, by_span_start);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize budget = PROPAGATE_BUDGET;
  f->from = first;
  for (guint i = first; i < n && budget >= doc->len; i++)
    {
      KgMention m = g_array_index (doc->mentions, KgMention, i);
      gsize len = m.end - m.start;
      if ((m.flags & KG_MENTION_BLOCK) || len < 5 || m.family != NULL)
        continue;
      char *surface = g_strndup (doc->text + m.start, len);
      if (!g_hash_table_add (seen, surface))
        continue;
      budget -= doc->len;
      for (const char *p = doc->text; (p = memmem (p, doc->text + doc->len - p, surface, len)) != NULL;
           p += len)
        {
          gsize s = p - doc->text, e = s + len;
          if (overlaps_discovered (spans, s, e))
            continue;
          /* copies of two names at one place: resolve keeps the longest */
          kg_finder_emit (f, s, e, m.type, m.entity_id, FALSE);
        }
    }
}

void
kg_pass_discovery (KgDoc *doc)
{
  const KgCues *c = doc->extractor->cues;
  g_autoptr (GArray) lex = g_array_sized_new (FALSE, FALSE, sizeof (KgMention), doc->mentions->len);
  g_autoptr (KgPrefilterHits) hits = kg_prefilter_scan (c->prefilter, doc->text, doc->len);
  KgFinder f = { .doc = doc, .lex = lex, .hits = hits };
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      g_array_append_val (lex, *m);
      f.lex_max = MAX (f.lex_max, m->end - m->start);
    }
  g_array_sort (lex, by_start);
  /* discovered mentions are appended after the lexicon ones */
  g_assert (lex->len == doc->mentions->len);
  if (doc->sentences->len == 0)
    discover_range (&f, c, 0, doc->len);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const KgSentence *s = &g_array_index (doc->sentences, KgSentence, i);
      discover_range (&f, c, s->start, s->end);
    }
  propagate (&f, lex->len);
}
