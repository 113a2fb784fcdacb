/* SPDX-License-Identifier: MIT */
/* discovery.c: finds names no lexicon lists and types them by their cue:
 * English names next to roles, quoted names after or before a type noun,
 * product and chip codes by shape, and company suffixes; Korean names next
 * to roles are in discovery-names.c.  Every cue is in data/cues.json,
 * compiled once (GRegex); a prefilter scan of the document (prefilter.c)
 * tells which sentences a regex cue cannot match, so most sentences cost no
 * regex at all.  A discovered mention never overlaps a lexicon mention or a
 * skip span; resolve settles the rest. */
#include <string.h>

#include "discovery.h"
#include "korean.h"

/* ---- emitting mentions ---- */

static guint
lex_lower_bound (const KgFinder *f, gsize pos)
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
  for (guint i_ = lex_lower_bound (f, (start) > (f)->lex_max ? (start) - (f)->lex_max : 0); \
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
  const KgMention *m;
  FOREACH_LEX (f, start, end, m)
  if (!inner_ok || m->start < start || m->end > end || (m->start == start && m->end == end))
    return FALSE;
  for (guint i = f->lex->len; i < doc->mentions->len; i++)
    {
      const KgMention *d = &g_array_index (doc->mentions, KgMention, i);
      if (d->start == start && d->end == end)
        return FALSE;
    }
  g_autofree char *surface = g_strndup (doc->text + start, end - start);
  g_autofree char *slug = id == NULL ? kg_slug (surface) : NULL;
  if ((id == NULL && (slug == NULL || *slug == '\0')))
    return FALSE;
  mention.entity_id = g_intern_string (id != NULL ? id : slug);
  if (start > 0 && is_open_quote (g_utf8_get_char (g_utf8_prev_char (doc->text + start))))
    mention.flags |= KG_MENTION_QUOTED;
  g_array_append_val (doc->mentions, mention);
  return TRUE;
}

/* ---- English names next to a role ---- */

static gboolean
en_name_ok (const KgCues *c, const char *text, int s, int e)
{
  g_autofree char *name = g_strndup (text + s, e - s);
  g_auto (GStrv) words = g_strsplit_set (name, " \t\n", -1);
  guint n = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *w = g_strdup (words[i]);
      g_strdelimit (w, ".'’", '\0');
      if (*words[i] == '\0')
        continue;
      if (g_hash_table_contains (c->stop_en, w))
        return FALSE;
      n++;
    }
  return n >= 2;
}

static void
find_en_names (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start, gsize end)
{
  const char *text = f->doc->text;
  if (!kg_prefilter_may_match (f->hits, c->codes->len + cue, start, end))
    return;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      if (g_match_info_fetch_named_pos (mi, "name", &s, &e) && s >= 0
          && en_name_ok (c, text, s, e))
        kg_finder_emit (f, s, e, KG_TYPE_PERSON, NULL, FALSE);
    }
}

/* ---- quoted names next to a type noun ---- */

static void
find_quoted (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start, gsize end)
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
      if (t == NULL || !g_match_info_fetch_named_pos (mi, "name", &s, &e))
        continue;
      /* trim spaces inside the quotes */
      while (s < e && text[s] == ' ')
        s++;
      while (e > s && text[e - 1] == ' ')
        e--;
      g_autofree char *name = g_strndup (text + s, e - s);
      g_auto (GStrv) words = g_strsplit (name, " ", -1);
      if (e <= s || g_strv_length (words) > c->quoted_max_words
          || g_regex_match (c->quoted_reject, name, 0, NULL)
          || g_hash_table_contains (c->stop_ko, name))
        continue;
      kg_finder_emit (f, s, e, GPOINTER_TO_INT (t) - 1, NULL, FALSE);
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
      g_autofree char *stem = g_strndup (f->doc->text + ss, se - ss);
      if (g_hash_table_contains (c->stop_en, stem) || kg_finder_has_lexicon (f, ss, se, TRUE))
        continue;
      kg_finder_emit (f, s, e, KG_TYPE_ORGANIZATION, NULL, FALSE);
    }
}

/* ---- the pass ---- */

static int
by_start (gconstpointer pa, gconstpointer pb)
{
  const KgMention *a = pa, *b = pb;
  return a->start < b->start ? -1 : a->start > b->start;
}

gboolean
kg_set_has (GHashTable *set, const char *s, gsize len)
{
  char buf[128];
  if (len >= sizeof buf)
    {
      g_autofree char *w = g_strndup (s, len);
      return g_hash_table_contains (set, w);
    }
  memcpy (buf, s, len);
  buf[len] = '\0';
  return g_hash_table_contains (set, buf);
}

static void
discover_range (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  find_codes (f, c, start, end);
  find_quoted (f, c, c->quoted_before, KG_CUE_QUOTED_BEFORE, start, end);
  find_quoted (f, c, c->quoted_after, KG_CUE_QUOTED_AFTER, start, end);
  find_en_names (f, c, c->en_role_name, KG_CUE_EN_ROLE_NAME, start, end);
  find_en_names (f, c, c->en_name_role, KG_CUE_EN_NAME_ROLE, start, end);
  find_org_en (f, c, start, end);
  find_org_ko (f, c, start, end);
  kg_discover_korean_names (f, c, start, end);
}

void
kg_pass_discovery (KgDoc *doc)
{
  const KgCues *c = doc->extractor->cues;
  g_autoptr (GArray) lex = g_array_sized_new (FALSE, FALSE, sizeof (KgMention), doc->mentions->len);
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (KgWord));
  g_autoptr (KgPrefilterHits) hits = kg_prefilter_scan (c->prefilter, doc->text, doc->len);
  KgFinder f = { .doc = doc, .lex = lex, .words = words, .hits = hits };
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
}
