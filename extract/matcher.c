/* SPDX-License-Identifier: MIT */
/* matcher.c: finds lexicon aliases in text with one Aho-Corasick automaton
 * over UTF-8 bytes, compiled to a dense DFA over byte classes (bytes no alias
 * uses share one class).  ASCII is folded and white space and '-' are
 * transparent (a self-loop class), so 일론머스크 = 일론 머스크 and GPT4 =
 * GPT-4; case rules (needs_case) and word boundaries are checked on the
 * original bytes only at the rare accepting states.  States with outputs
 * are numbered last, so the scan loop is one load and one compare a byte. */
#include <string.h>

#include "extract-private.h"
#include "korean.h"

enum
{
  PAT_SHORT = 1 << 0,   /* a short form: resolve decides */
  PAT_CASE = 1 << 1,    /* compare case-sensitively */
  PAT_CAPITAL = 1 << 2, /* the first letter must be upper case, as written */
  PAT_WEAK = 1 << 3,    /* a weak short form: resolve wants evidence */
  PAT_WORDS = 1 << 4,   /* of several words: may take a plural "s" */
};

typedef struct
{
  const char *alias;     /* the alias without transparent bytes, not folded */
  const char *entity_id; /* interned */
  guint32 len;           /* bytes in @alias */
  KgType type;
  guint flags;
} Pattern;

struct _KgMatcher
{
  guint8 classes[256]; /* byte -> class */
  guint n_classes;
  guint8 skip_class; /* white space and '-': transparent */
  guint32 *delta;    /* n_states * n_classes; values premultiplied by n_classes */
  guint n_states;
  guint32 first_match; /* premultiplied id of the first state with outputs */
  guint32 *out_index;  /* per output state: n + 1 offsets into out_items */
  guint32 *out_items;  /* pattern indices */
  Pattern *patterns;
  guint n_patterns;
  GStringChunk *strings;
};

static inline gboolean
is_skip_byte (guint8 b)
{
  return b == ' ' || b == '\t' || b == '-';
}

/* ---- particles ---- */

gsize
kg_particle_match (const char *p, gsize len, const char **particle)
{
  const KgKorean *k = kg_korean_get (NULL);
  if (k == NULL || len == 0)
    return 0;
  gunichar c = g_utf8_get_char_validated (p, len);
  guint lo = 0, hi = k->n_particles;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (k->particle_first[mid] < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < k->n_particles && k->particle_first[i] == c; i++)
    if (k->particle_len[i] <= len && memcmp (p, k->particles[i], k->particle_len[i]) == 0)
      {
        if (particle != NULL)
          *particle = k->particles[i];
        return k->particle_len[i];
      }
  return 0;
}

/* ---- building ---- */

static gboolean
is_hangul (gunichar c)
{
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
         || (c >= 0x3130 && c <= 0x318F);
}

/* The case rule of an alias, on its ASCII letters as written.  An acronym
 * ("MS", "FAIR", "SKT") and a word with a lower-case letter before an
 * upper-case one ("xAI", "OpenAI") match only as written: in another case
 * they are other words ("ms", "fair", "XAI" for explainable AI).  A single
 * word that starts with a capital ("Arm", "Meta", "Solar") needs the capital
 * in the text, so "the arm of LG" and "meta-analysis" are not names; the
 * rest of it may be in any case ("NVIDIA" for "Nvidia").  Names of several
 * words ("Tensor Processing Unit") and names that start with a lower-case or
 * non-ASCII letter ("a16z", "엔비디아") match in any case. */
static guint
needs_case (const char *s)
{
  guint upper = 0, lower = 0;
  gboolean words = FALSE;
  for (const char *p = s; *p; p++)
    {
      guint8 b = (guint8)*p;
      upper += g_ascii_isupper (b);
      lower += g_ascii_islower (b);
      words |= b == ' ' || b == '\t';
      if (g_ascii_islower (b) && g_ascii_isupper (p[1]))
        return PAT_CASE;
    }
  if (upper > 0 && lower == 0)
    return PAT_CASE;
  return g_ascii_isupper (*s) && !words ? PAT_CAPITAL : 0;
}

/* The looser of two case rules: none < PAT_CAPITAL < PAT_CASE. */
static guint
looser_case (guint a, guint b)
{
  guint ca = a & (PAT_CASE | PAT_CAPITAL), cb = b & (PAT_CASE | PAT_CAPITAL);
  if (ca == 0 || cb == 0)
    return 0;
  return (ca & PAT_CAPITAL) || (cb & PAT_CAPITAL) ? PAT_CAPITAL : PAT_CASE;
}

/* Adds @alias of @e, once per folded spelling: a second spelling that
 * differs only in case ("NVIDIA", "Nvidia") loosens the case rule of the
 * first instead (@seen maps the folded key to 1 + the pattern index). */
static void
pattern_add (KgMatcher *m, GArray *pats, GHashTable *seen, const char *alias, const KgLexEntry *e,
             guint kind)
{
  GString *norm = g_string_new (NULL);
  for (const char *p = alias; *p; p++)
    if (!is_skip_byte ((guint8)*p))
      g_string_append_c (norm, *p);
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", norm->str, e->id);
  char *folded = g_ascii_strdown (key, -1);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (seen, folded));
  if (norm->len == 0 || index != 0)
    {
      if (index != 0)
        {
          Pattern *old = &g_array_index (pats, Pattern, index - 1);
          old->flags = (old->flags & ~(PAT_CASE | PAT_CAPITAL))
                       | looser_case (old->flags, needs_case (alias));
        }
      g_free (folded);
      g_string_free (norm, TRUE);
      return;
    }
  g_hash_table_insert (seen, folded, GUINT_TO_POINTER (pats->len + 1));
  Pattern pat = { 0 };
  pat.alias = g_string_chunk_insert_len (m->strings, norm->str, norm->len);
  pat.len = norm->len;
  pat.entity_id = g_intern_string (e->id);
  pat.type = e->type;
  pat.flags = kind | needs_case (alias) | (strchr (alias, ' ') != NULL ? PAT_WORDS : 0);
  g_array_append_val (pats, pat);
  g_string_free (norm, TRUE);
}

static GArray *
patterns_collect (KgMatcher *m, const KgLexicon *lexicon)
{
  GArray *pats = g_array_new (FALSE, FALSE, sizeof (Pattern));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Full aliases first, so a short form equal to an alias stays an alias. */
  for (guint i = 0; i < lexicon->entries->len; i++)
    {
      const KgLexEntry *e = g_ptr_array_index (lexicon->entries, i);
      for (guint k = 0; k < e->aliases->len; k++)
        pattern_add (m, pats, seen, g_ptr_array_index (e->aliases, k), e, 0);
    }
  for (guint i = 0; i < lexicon->entries->len; i++)
    {
      const KgLexEntry *e = g_ptr_array_index (lexicon->entries, i);
      for (guint k = 0; k < e->short_forms->len; k++)
        pattern_add (m, pats, seen, g_ptr_array_index (e->short_forms, k), e, PAT_SHORT);
      for (guint k = 0; k < e->weak_forms->len; k++)
        pattern_add (m, pats, seen, g_ptr_array_index (e->weak_forms, k), e, PAT_SHORT | PAT_WEAK);
    }
  return pats;
}

static void
classes_build (KgMatcher *m, GArray *pats)
{
  gboolean used[256] = { FALSE };
  for (guint i = 0; i < pats->len; i++)
    {
      const Pattern *p = &g_array_index (pats, Pattern, i);
      for (guint k = 0; k < p->len; k++)
        used[(guint8)g_ascii_tolower (p->alias[k])] = TRUE;
    }
  /* Class 0: bytes of no alias; class 1: transparent bytes. */
  m->skip_class = 1;
  guint n = 2;
  memset (m->classes, 0, sizeof m->classes);
  for (guint b = 0; b < 256; b++)
    if (used[b] && !g_ascii_isupper (b))
      m->classes[b] = n++;
  for (guint b = 'A'; b <= 'Z'; b++)
    m->classes[b] = m->classes[(guint8)g_ascii_tolower (b)];
  m->classes[' '] = m->classes['\t'] = m->classes['-'] = m->skip_class;
  m->n_classes = n;
}

typedef struct
{
  GArray *delta; /* guint32, n_states * n_classes, plain state numbers */
  GArray *head;  /* guint32 per state: 1 + first pattern ending here, or 0 */
  guint32 *next; /* per pattern: 1 + next pattern ending at the same state */
  guint n_states;
} Trie;

static guint32
trie_new_state (Trie *t, guint n_classes)
{
  g_array_set_size (t->delta, (t->n_states + 1) * n_classes);
  guint32 zero = 0;
  g_array_append_val (t->head, zero);
  return t->n_states++;
}

static void
trie_build (Trie *t, const KgMatcher *m, GArray *pats)
{
  guint C = m->n_classes;
  t->delta = g_array_new (FALSE, TRUE, sizeof (guint32));
  t->head = g_array_new (FALSE, TRUE, sizeof (guint32));
  t->next = g_new0 (guint32, pats->len);
  trie_new_state (t, C);
  for (guint i = 0; i < pats->len; i++)
    {
      const Pattern *p = &g_array_index (pats, Pattern, i);
      guint32 s = 0;
      for (guint k = 0; k < p->len; k++)
        {
          guint c = m->classes[(guint8)p->alias[k]];
          guint32 to = g_array_index (t->delta, guint32, s * C + c);
          if (to == 0)
            {
              to = trie_new_state (t, C);
              g_array_index (t->delta, guint32, s * C + c) = to;
            }
          s = to;
        }
      t->next[i] = g_array_index (t->head, guint32, s);
      g_array_index (t->head, guint32, s) = i + 1;
    }
}

/* Fills the missing transitions (classic Aho-Corasick, breadth first) and
 * returns, per state, the nearest proper suffix state with outputs + 1. */
static guint32 *
trie_complete (Trie *t, guint C, guint skip)
{
  guint32 *fail = g_new0 (guint32, t->n_states);
  guint32 *link = g_new0 (guint32, t->n_states);
  guint32 *queue = g_new (guint32, t->n_states);
  guint32 *delta = (guint32 *)t->delta->data;
  const guint32 *head = (const guint32 *)t->head->data;
  guint qh = 0, qt = 0;
  queue[qt++] = 0;
  while (qh < qt)
    {
      guint32 s = queue[qh++];
      for (guint c = 0; c < C; c++)
        {
          if (c == skip)
            continue;
          guint32 to = delta[s * C + c];
          if (to != 0)
            {
              guint32 f = s == 0 ? 0 : delta[fail[s] * C + c];
              fail[to] = f;
              link[to] = head[f] != 0 ? f + 1 : link[f];
              queue[qt++] = to;
            }
          else if (s != 0)
            delta[s * C + c] = delta[fail[s] * C + c];
        }
      delta[s * C + skip] = s;
    }
  g_free (queue);
  g_free (fail);
  return link;
}

/* Renumbers states so those with outputs come last, premultiplies the
 * table, and flattens each output state's pattern list (its own, then its
 * suffixes'). */
static void
automaton_finish (KgMatcher *m, Trie *t, const guint32 *link)
{
  guint C = m->n_classes, n = t->n_states;
  const guint32 *head = (const guint32 *)t->head->data;
  guint32 *renum = g_new (guint32, n);
  guint n_plain = 0, n_out = 0;
  for (guint s = 0; s < n; s++)
    if (head[s] == 0 && link[s] == 0)
      renum[s] = n_plain++;
  for (guint s = 0; s < n; s++)
    if (head[s] != 0 || link[s] != 0)
      renum[s] = n_plain + n_out++;
  m->n_states = n;
  m->first_match = n_plain * C;
  m->delta = g_new (guint32, (gsize)n * C);
  const guint32 *old = (const guint32 *)t->delta->data;
  for (guint s = 0; s < n; s++)
    for (guint c = 0; c < C; c++)
      m->delta[renum[s] * C + c] = renum[old[s * C + c]] * C;

  GArray *items = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->out_index = g_new0 (guint32, n_out + 1);
  guint32 *by_new = g_new (guint32, n_out);
  for (guint s = 0; s < n; s++)
    if (renum[s] >= n_plain)
      by_new[renum[s] - n_plain] = s;
  for (guint j = 0; j < n_out; j++)
    {
      m->out_index[j] = items->len;
      for (guint32 s = by_new[j] + 1; s != 0; s = link[s - 1])
        for (guint32 p = head[s - 1]; p != 0; p = t->next[p - 1])
          {
            guint32 idx = p - 1;
            g_array_append_val (items, idx);
          }
    }
  m->out_index[n_out] = items->len;
  m->out_items = (guint32 *)g_array_free (items, FALSE);
  g_free (by_new);
  g_free (renum);
}

KgMatcher *
kg_matcher_new (const KgLexicon *lexicon, GError **error)
{
  g_return_val_if_fail (lexicon != NULL, NULL);
  if (kg_korean_get (error) == NULL)
    return NULL;
  KgMatcher *m = g_new0 (KgMatcher, 1);
  m->strings = g_string_chunk_new (4096);
  g_autoptr (GArray) pats = patterns_collect (m, lexicon);
  classes_build (m, pats);
  Trie t = { 0 };
  trie_build (&t, m, pats);
  guint32 *link = trie_complete (&t, m->n_classes, m->skip_class);
  automaton_finish (m, &t, link);
  g_free (link);
  g_array_unref (t.delta);
  g_array_unref (t.head);
  g_free (t.next);
  m->n_patterns = pats->len;
  m->patterns = (Pattern *)g_array_free (g_steal_pointer (&pats), FALSE);
  return m;
}

void
kg_matcher_free (KgMatcher *matcher)
{
  if (matcher == NULL)
    return;
  g_free (matcher->delta);
  g_free (matcher->out_index);
  g_free (matcher->out_items);
  g_free (matcher->patterns);
  g_string_chunk_free (matcher->strings);
  g_free (matcher);
}

/* Bytes of the automaton's tables (for the benchmark and the report). */
gsize kg_matcher_get_size (const KgMatcher *matcher, guint *n_states, guint *n_classes);
gsize
kg_matcher_get_size (const KgMatcher *matcher, guint *n_states, guint *n_classes)
{
  if (n_states != NULL)
    *n_states = matcher->n_states;
  if (n_classes != NULL)
    *n_classes = matcher->n_classes;
  guint n_out = matcher->n_states - matcher->first_match / matcher->n_classes;
  return (gsize)matcher->n_states * matcher->n_classes * sizeof (guint32)
         + (n_out + 1) * sizeof (guint32) + matcher->out_index[n_out] * sizeof (guint32)
         + matcher->n_patterns * sizeof (Pattern);
}

/* ---- scanning ---- */

static gboolean
is_open_quote (gunichar c)
{
  return c == '\'' || c == '"' || c == 0x2018 || c == 0x201C || c == 0x300C || c == 0x300E
         || c == 0x300A || c == 0x3008;
}

/* Walks back over @p's bytes from @end, skipping transparent bytes; returns
 * the start, or G_MAXSIZE when a case-sensitive alias differs in case. */
static gsize
match_start (const Pattern *p, const char *text, gsize end)
{
  gsize pos = end;
  gboolean upper = FALSE;
  for (guint32 k = p->len; k > 0;)
    {
      guint8 b = (guint8)text[--pos];
      if (is_skip_byte (b))
        continue;
      k--;
      if ((p->flags & PAT_CASE) && b != (guint8)p->alias[k])
        return G_MAXSIZE;
      if (k == 0 && (p->flags & PAT_CAPITAL) && !g_ascii_isupper (b))
        return G_MAXSIZE;
      /* several words: written as a name, or all in lower case as a
       * description ("tensor processing units"), not "to scale AI" */
      if (k == 0 && upper && g_ascii_islower (b) && !(p->flags & PAT_CASE))
        return G_MAXSIZE;
      upper |= g_ascii_isupper (b);
    }
  return pos;
}

/* g_utf8_get_char() and g_unichar_isalnum() with the ASCII and Hangul
 * fast paths inlined: this runs for every candidate match. */
static inline gunichar
char_at (const char *p)
{
  guint8 b = (guint8)*p;
  if (b < 0x80)
    return b;
  if ((b & 0xF0) == 0xE0)
    return ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return g_utf8_get_char (p);
}

static inline gunichar
char_before (const char *text, gsize pos)
{
  const char *p = text + pos - 1;
  while (p > text && ((guint8)*p & 0xC0) == 0x80)
    p--;
  return char_at (p);
}

static inline gboolean
is_word (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return (c >= 0xAC00 && c <= 0xD7A3) || g_unichar_isalnum (c);
}

gboolean
kg_word_bounds (const char *text, gsize len, gsize start, gsize end, const char **particle,
                gsize *particle_end)
{
  *particle = NULL;
  *particle_end = end;
  if (start > 0 && is_word (char_at (text + start)) && is_word (char_before (text, start)))
    return FALSE;
  gunichar after = end < len ? char_at (text + end) : 0;
  if (!is_word (after))
    return TRUE;
  /* A particle may follow a Hangul name (머스크는, 구글CEO) and a Latin name
   * only when it is Hangul (xAI가, H100을); any other letter ends the match. */
  gunichar last = char_before (text, end);
  gsize n = kg_particle_match (text + end, len - end, particle);
  if (n > 0 && (is_hangul (last) || is_hangul (after)))
    {
      *particle_end = end + n;
      return TRUE;
    }
  *particle = NULL;
  return !is_word (last);
}

/* "TPUs", "tensor processing units": an acronym or a name of several words
 * in the English plural is that name (but "H100s" is no plural of H100, and
 * "Metas" none of Meta).  The "s" is left outside the mention. */
static gboolean
english_plural (const Pattern *p, const char *text, gsize len, gsize start, gsize end)
{
  return end < len && text[end] == 's'
         && (g_ascii_isupper (text[end - 1])
             || ((p->flags & PAT_WORDS) && g_ascii_islower (text[end - 1])))
         && !(end + 1 < len && is_word (char_at (text + end + 1)))
         && !(start > 0 && is_word (char_at (text + start)) && is_word (char_before (text, start)));
}

static void
report (KgDoc *doc, const KgMatcher *m, guint32 state, gsize end)
{
  const char *text = doc->text;
  guint j = (state - m->first_match) / m->n_classes;
  for (guint32 k = m->out_index[j]; k < m->out_index[j + 1]; k++)
    {
      const Pattern *p = &m->patterns[m->out_items[k]];
      gsize start = match_start (p, text, end);
      if (start == G_MAXSIZE)
        continue;
      KgMention mention = { .start = start,
                            .end = end,
                            .entity_id = p->entity_id,
                            .type = p->type,
                            .flags = ((p->flags & PAT_SHORT) ? KG_MENTION_SHORT : 0)
                                     | ((p->flags & PAT_WEAK) ? KG_MENTION_WEAK : 0) };
      if (!kg_word_bounds (text, doc->len, start, end, &mention.particle, &mention.particle_end))
        {
          if (english_plural (p, text, doc->len, start, end))
            mention.flags |= KG_MENTION_PLURAL;
          else if (end < doc->len && g_ascii_isdigit (text[end]) && is_hangul (char_before (text, end))
                   && !(start > 0 && is_word (char_at (text + start)) && is_word (char_before (text, start))))
            mention.flags |= KG_MENTION_GLUED;
          else
            continue;
        }
      if (doc->skip->len > 0 && kg_doc_is_skipped (doc, start, end))
        continue;
      if (start > 0 && is_open_quote (char_before (text, start)))
        mention.flags |= KG_MENTION_QUOTED;
      g_array_append_val (doc->mentions, mention);
    }
}

void
kg_pass_lexicon (KgDoc *doc)
{
  const KgMatcher *m = doc->extractor->matcher;
  const guint8 *text = (const guint8 *)doc->text;
  const guint32 *delta = m->delta;
  const guint8 *classes = m->classes;
  const guint32 first_match = m->first_match;
  guint32 s = 0;
  /* The hot loop: no allocation, one table load per byte. */
  for (gsize i = 0; i < doc->len; i++)
    {
      guint8 c = classes[text[i]];
      s = delta[s + c];
      if (G_UNLIKELY (s >= first_match) && c != m->skip_class)
        report (doc, m, s, i + 1);
    }
}
