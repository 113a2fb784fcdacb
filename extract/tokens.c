/* SPDX-License-Identifier: MIT */
/* tokens.c: cuts one sentence into the tokens the relation finders read, in
 * one left-to-right pass: mentions (a name with the particle or "'s" glued
 * to it), words and punctuation.  Then, per token: the role a particle or a
 * preposition gives a mention (은/는 subject, 을/를 object, by agent, ...),
 * overridden by a marker word after it (를 상대로, 와 함께, 간); the clause
 * it is in (clauses end at connective verb endings, ';' and around quoted
 * speech); the quote it is in; and lists of mentions ("A, B와 C는",
 * "A and B"), which share the role of their last member. */
#include <string.h>

#include "relations.h"

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x3000 || c == 0xFEFF;
}

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E || c == 0x300A || c == 0x3008;
}

static gboolean
is_close_quote (gunichar c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0x300B || c == 0x3009;
}

static gboolean
is_punct (const char *p, const char *end)
{
  gunichar c = g_utf8_get_char (p);
  if (c == '.' || c == '!' || c == '?')
    {
      /* A full stop inside a word (U.S., 1.5, GPT-4.5) is part of it. */
      const char *next = g_utf8_next_char (p);
      if (next >= end || c != '.')
        return TRUE;
      gunichar n = g_utf8_get_char (next);
      return is_space (n) || n == ')' || n == ']' || n == '"' || n == '\'' || n == '.'
             || is_close_quote (n);
    }
  if (c == '-')
    return FALSE;
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']'
         || c == '{' || c == '}' || c == '"' || c == '\'' || c == '/' || c == '|' || c == '~'
         || c == 0x00B7 || c == 0x30FB || c == 0x2026 || c == 0x2014 || c == 0x2013
         || c == 0xFF0C || c == 0xFF08 || c == 0xFF09 || is_open_quote (c) || is_close_quote (c)
         || g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL
         || g_unichar_type (c) == G_UNICODE_MATH_SYMBOL;
}

/* An apostrophe inside a word ("Dhabi's" after a name that is no mention,
 * "don't"): a letter on both sides. */
static gboolean
is_apostrophe (const char *text, gsize from, const char *p, const char *end)
{
  gunichar c = g_utf8_get_char (p);
  if ((c != '\'' && c != 0x2019) || (gsize)(p - text) <= from)
    return FALSE;
  const char *next = g_utf8_next_char (p);
  if (next >= end)
    return FALSE;
  gunichar before = g_utf8_get_char (g_utf8_find_prev_char (text, p));
  return g_unichar_isalpha (before) && g_unichar_get_script (before) == G_UNICODE_SCRIPT_LATIN
         && g_unichar_isalpha (g_utf8_get_char (next));
}

/* An apostrophe that makes a possessive: "Nvidia's", "OpenAI’s". */
static gboolean
is_possessive_s (const char *p, const char *end)
{
  gunichar c = g_utf8_get_char (p);
  if (c != '\'' && c != 0x2019)
    return FALSE;
  const char *s = g_utf8_next_char (p);
  if (s >= end || (*s != 's' && *s != 'S'))
    return FALSE;
  const char *after = s + 1;
  return after >= end || !g_unichar_isalnum (g_utf8_get_char (after));
}

static void
push (KgClauses *c, KgTokKind kind, gsize start, gsize end, const KgMention *m)
{
  KgTok t = { .kind = kind, .start = start, .end = end, .tail_start = end, .tail_end = end,
              .mention = m, .quote = -1, .group = -1, .maker_of = -1 };
  g_array_append_val (c->toks, t);
}

/* The role the Korean particle \p tail gives (the whole tail, as "는",
 * "와의", "측은"); a tail that is more than a particle ("이사회") gives none. */
static KgRole
particle_role (const KgLangRules *r, const char *tail, gsize len)
{
  if (len == 0 || len > r->max_particle)
    return KG_ROLE_NONE;
  g_autofree char *key = g_strndup (tail, len);
  gpointer v = g_hash_table_lookup (r->particles, key);
  return v != NULL ? GPOINTER_TO_INT (v) - 1 : KG_ROLE_NONE;
}

/* A gloss in parentheses glued to a name, "메타(Meta)", "X(구 트위터)",
 * "TPU(텐서프로세서 유닛)": @return the end of the ")" or NULL. */
static const char *
gloss_end (const char *q, const char *end)
{
  if (q >= end || *q != '(')
    return NULL;
  for (const char *p = q + 1; p < end && p < q + 64; p = g_utf8_next_char (p))
    {
      if (*p == ')')
        return p + 1;
      if (*p == '(' || *p == '.' || *p == ',' || *p == '\n')
        return NULL;
    }
  return NULL;
}

/* The comma of "350,000" (a digit before it, three after it): inside the
 * word.  @q is past the word's first byte. */
static gboolean
thousands_comma (const char *q, const char *end)
{
  return *q == ',' && g_ascii_isdigit (q[-1]) && q + 3 < end && g_ascii_isdigit (q[1])
         && g_ascii_isdigit (q[2]) && g_ascii_isdigit (q[3]) && (q + 4 >= end || !g_ascii_isdigit (q[4]));
}

static gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == '\'' || is_open_quote (c) || is_close_quote (c);
}

/* Cuts the text into tokens; a word stops where a mention starts.  Quotes
 * around a name alone ('그록2', ‘콜로서스’) and a gloss glued to a name are
 * not tokens: the particle after them belongs to the name (‘그록-1’을). */
static void
cut (KgClauses *c, const char *text, guint first, guint n)
{
  const GArray *ms = c->doc->mentions;
  guint mi = first, mend = first + n;
  const char *end = text + c->end;
  gboolean name_quote = FALSE;
  for (const char *p = text + c->start; p < end;)
    {
      gunichar ch = g_utf8_get_char (p);
      while (mi < mend && g_array_index (ms, KgMention, mi).start < (gsize)(p - text))
        mi++;
      const KgMention *m = mi < mend ? &g_array_index (ms, KgMention, mi) : NULL;
      if (m != NULL && m->start == (gsize)(p - text))
        {
          push (c, KG_TOK_MENTION, m->start, m->end, m);
          KgTok *t = kg_tok (c, c->toks->len - 1);
          const char *q = text + m->end;
          const char *g = gloss_end (q, end);
          if (g != NULL)
            q = g;
          if (name_quote && q < end && is_quote_char (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          name_quote = FALSE;
          t->tail_start = q - text;
          mi++;
          while (mi < mend && g_array_index (ms, KgMention, mi).start < (gsize)(q - text))
            mi++;
          const KgMention *next = mi < mend ? &g_array_index (ms, KgMention, mi) : NULL;
          if (c->lang == KG_LANG_EN && q < end && is_possessive_s (q, end))
            q = g_utf8_next_char (q) + 1;
          else
            while (q < end && !is_space (g_utf8_get_char (q)) && !is_punct (q, end)
                   && (next == NULL || (gsize)(q - text) < next->start))
              q = g_utf8_next_char (q);
          t->tail_end = q - text;
          p = q;
          continue;
        }
      if (is_space (ch))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (is_punct (p, end) && !is_apostrophe (text, c->start, p, end))
        {
          const char *q = g_utf8_next_char (p);
          /* An opening quote right before a name that a quote closes. */
          const char *after = m != NULL ? text + m->end : NULL;
          if (after != NULL && gloss_end (after, end) != NULL)
            after = gloss_end (after, end);
          if (is_quote_char (ch) && m != NULL && m->start == (gsize)(q - text) && after < end
              && is_quote_char (g_utf8_get_char (after)))
            {
              name_quote = TRUE;
              p = q;
              continue;
            }
          push (c, KG_TOK_PUNCT, p - text, q - text, NULL);
          p = q;
          continue;
        }
      const char *q = p;
      while (q < end && !is_space (g_utf8_get_char (q))
             && (!is_punct (q, end) || is_apostrophe (text, c->start, q, end)
                 || (q > p && thousands_comma (q, end)))
             && (m == NULL || (gsize)(q - text) < m->start))
        q = g_utf8_next_char (q);
      push (c, KG_TOK_WORD, p - text, q - text, NULL);
      p = q;
    }
}

char *
kg_tok_text (const KgClauses *c, guint i)
{
  const KgTok *t = kg_tok (c, i);
  return g_strndup (c->doc->text + t->start, t->end - t->start);
}

gboolean
kg_tok_word_is (const KgClauses *c, guint i, const char *word)
{
  if (i >= c->toks->len || kg_tok (c, i)->kind != KG_TOK_WORD)
    return FALSE;
  const KgTok *t = kg_tok (c, i);
  gsize n = strlen (word);
  if (t->end - t->start != n)
    return FALSE;
  return c->lang == KG_LANG_EN ? g_ascii_strncasecmp (c->doc->text + t->start, word, n) == 0
                               : memcmp (c->doc->text + t->start, word, n) == 0;
}

guint
kg_tok_at (const KgClauses *c, gsize pos)
{
  guint lo = 0, hi = c->toks->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (kg_tok (c, mid)->tail_end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
punct_is (const KgClauses *c, const KgTok *t, gunichar want)
{
  return t->kind == KG_TOK_PUNCT && g_utf8_get_char (c->doc->text + t->start) == want;
}

/* The particle that ends Korean word token \p k, with a noun before it:
 * @return its role, or KG_ROLE_N when the word has none; *base_len is the
 * length of the word without it. */
static KgRole
word_particle (const KgClauses *c, guint k, gsize *base_len)
{
  const KgTok *t = kg_tok (c, k);
  const char *w = c->doc->text + t->start;
  gsize n = t->end - t->start;
  for (gsize cut = 1; cut < n; cut++)
    {
      if ((((guint8)w[cut]) & 0xC0) == 0x80 || n - cut > c->rules->max_particle)
        continue;
      g_autofree char *tail = g_strndup (w + cut, n - cut);
      gpointer v = g_hash_table_lookup (c->rules->particles, tail);
      if (v != NULL)
        {
          if (base_len != NULL)
            *base_len = cut;
          return GPOINTER_TO_INT (v) - 1;
        }
    }
  if (base_len != NULL)
    *base_len = n;
  return KG_ROLE_N;
}

static gboolean
is_topic_tail (const char *tail, gsize n)
{
  return n >= 3 && (memcmp (tail + n - 3, "는", 3) == 0 || (n == 3 && memcmp (tail, "은", 3) == 0));
}

/* The title at word token \p k: one or two words of the roles table, a
 * gloss after it ("최고경영자(CEO)"), and a particle glued to it or to the
 * gloss.  @return the index after it (k if there is none); *role is the
 * particle's role or KG_ROLE_N, *copula TRUE for 인/이자. */
static guint
title_at (KgClauses *c, guint k, KgRole *role, gboolean *copula)
{
  *role = KG_ROLE_N;
  *copula = FALSE;
  const char *text = c->doc->text;
  for (guint n = 2; n >= 1; n--)
    {
      if (k + n > c->toks->len)
        continue;
      gboolean words = TRUE;
      for (guint j = k; j < k + n; j++)
        words = words && kg_tok (c, j)->kind == KG_TOK_WORD;
      if (!words)
        continue;
      const KgTok *lt = kg_tok (c, k + n - 1);
      gsize base = 0;
      KgRole r = word_particle (c, k + n - 1, &base);
      GString *phrase = g_string_new (NULL);
      for (guint j = k; j < k + n - 1; j++)
        g_string_append_printf (phrase, "%.*s ", (int)(kg_tok (c, j)->end - kg_tok (c, j)->start),
                                text + kg_tok (c, j)->start);
      gsize plain = phrase->len;
      g_string_append_len (phrase, text + lt->start, lt->end - lt->start);
      gboolean hit = g_hash_table_contains (c->rules->roles, phrase->str)
                     || (n == 1 && kg_rules_title_suffix (c->rules, phrase->str, phrase->len));
      if (!hit && r != KG_ROLE_N)
        {
          g_string_truncate (phrase, plain);
          g_string_append_len (phrase, text + lt->start, base);
          hit = g_hash_table_contains (c->rules->roles, phrase->str)
                || (n == 1 && kg_rules_title_suffix (c->rules, phrase->str, phrase->len));
          if (hit)
            {
              *role = r;
              *copula = r == KG_ROLE_COPULA;
            }
        }
      g_string_free (phrase, TRUE);
      if (!hit)
        continue;
      guint next = k + n;
      /* 최고경영자(CEO)와 */
      if (*role == KG_ROLE_N && next < c->toks->len && kg_tok (c, next)->kind == KG_TOK_PUNCT
          && text[kg_tok (c, next)->start] == '(')
        for (guint j = next + 1; j < c->toks->len && j <= next + 5; j++)
          if (kg_tok (c, j)->kind == KG_TOK_PUNCT && text[kg_tok (c, j)->start] == ')')
            {
              next = j + 1;
              if (next < c->toks->len && kg_tok (c, next)->kind == KG_TOK_WORD
                  && kg_tok (c, next)->start == kg_tok (c, j)->end)
                {
                  g_autofree char *w = kg_tok_text (c, next);
                  gpointer v = g_hash_table_lookup (c->rules->particles, w);
                  if (v != NULL)
                    {
                      *role = GPOINTER_TO_INT (v) - 1;
                      next++;
                    }
                }
              break;
            }
      return next;
    }
  return k;
}


static gboolean
bare_org (const KgClauses *c, int i, gboolean possessive_ok)
{
  if (i < 0 || (guint)i >= c->toks->len)
    return FALSE;
  const KgTok *t = kg_tok (c, i);
  return t->kind == KG_TOK_MENTION && t->mention->type == KG_TYPE_ORGANIZATION
         && (t->tail_end == t->tail_start || (possessive_ok && t->role == KG_ROLE_POSSESSIVE));
}

static void
absorb (KgClauses *c, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    kg_tok (c, k)->absorbed = TRUE;
}

/* Appositions around a person's name are looked through by the finders of
 * verbs and lists: "샘 올트먼 오픈AI 최고경영자(CEO)와 일론 머스크 테슬라
 * CEO 사이" is "올트먼와 머스크 사이"; the particle after the title is the
 * person's ("올트먼 CEO는", "곽노정 대표이사 사장이"). */
static void
absorb_appositions (KgClauses *c)
{
  for (guint i = 0; i < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_MENTION || t->mention->type != KG_TYPE_PERSON)
        continue;
      KgRole role;
      gboolean copula;
      /* after: [ORG] TITLE */
      if (t->tail_end == t->tail_start)
        {
          guint k = i + 1;
          if (bare_org (c, (int)k, FALSE))
            k++;
          guint end = title_at (c, k, &role, &copula);
          /* 대표이사 사장이, 회장 겸 CEO */
          while (end > k && role == KG_ROLE_N && end < c->toks->len)
            {
              guint at = kg_tok_word_is (c, end, "겸") ? end + 1 : end;
              guint more = title_at (c, at, &role, &copula);
              if (more == at)
                break;
              end = more;
            }
          /* "박성현 대표 등이": the particle after 등 (and others) */
          if (end > k && role == KG_ROLE_N && end < c->toks->len
              && kg_tok (c, end)->kind == KG_TOK_WORD)
            {
              static const char etc[] = "등";
              const KgTok *e = kg_tok (c, end);
              gsize base = 0;
              KgRole r = word_particle (c, end, &base);
              if (r != KG_ROLE_N && base == sizeof etc - 1
                  && memcmp (c->doc->text + e->start, etc, base) == 0)
                {
                  role = r;
                  copula = r == KG_ROLE_COPULA;
                  end++;
                }
            }
          if (end > k)
            {
              absorb (c, i + 1, end);
              if (bare_org (c, (int)i - 1, FALSE)) /* 소프트뱅크 손정의 회장 */
                absorb (c, i - 1, i);
              if (role != KG_ROLE_N && !copula)
                {
                  /* "김성훈 대표와 함께": with, strongly */
                  if (role == KG_ROLE_WITH && end < c->toks->len && kg_tok_word_is (c, end, "함께"))
                    t->strong_with = TRUE;
                  t->role = role;
                  const KgTok *p = kg_tok (c, end - 1);
                  t->topic = role == KG_ROLE_SUBJECT
                             && is_topic_tail (c->doc->text + p->start, p->end - p->start);
                }
              i = end - 1;
              continue;
            }
        }
      /* before: [ORG] TITLE[인] */
      for (guint n = 1; n <= 3 && n <= i; n++)
        {
          guint k = i - n;
          guint end = title_at (c, k, &role, &copula);
          if (end != i || (role != KG_ROLE_N && !copula))
            continue;
          absorb (c, k, i);
          if (bare_org (c, (int)k - 1, TRUE))
            absorb (c, k - 1, k);
          break;
        }
    }
}

/* "ChatGPT, the OpenAI chatbot, runs on GPT-4o", "Gaudi 3, Intel's newest
 * accelerator": an appositive after a model or a chip that names its
 * maker.  The appositive is looked through by the finders of verbs and
 * lists (the maker is no subject of "runs"); roles.c makes the maker the
 * product's developer. */
static void
absorb_makers_en (KgClauses *c)
{
  for (guint i = 0; i + 3 < c->toks->len; i++)
    {
      const KgTok *head = kg_tok (c, i);
      if (head->kind != KG_TOK_MENTION
          || (head->mention->type != KG_TYPE_MODEL && head->mention->type != KG_TYPE_HARDWARE)
          || !punct_is (c, kg_tok (c, i + 1), ','))
        continue;
      guint k = i + 2;
      gboolean det = kg_tok_word_is (c, k, "the") || kg_tok_word_is (c, k, "a")
                     || kg_tok_word_is (c, k, "an");
      k += det;
      for (guint words = 0; words < 2 && k < c->toks->len && kg_tok (c, k)->kind == KG_TOK_WORD
                            && kg_product_word_en (c, k);
           words++)
        k++;
      if (!bare_org (c, (int)k, TRUE) || (!det && kg_tok (c, k)->role != KG_ROLE_POSSESSIVE))
        continue;
      guint org = k++, nouns = 0;
      for (; nouns < 3 && k < c->toks->len && kg_tok (c, k)->kind == KG_TOK_WORD
             && kg_product_word_en (c, k);
           nouns++)
        k++;
      if (nouns == 0
          || (k < c->toks->len && kg_tok (c, k)->kind != KG_TOK_PUNCT && !kg_tok_word_is (c, k, "that")
              && !kg_tok_word_is (c, k, "which")))
        continue;
      absorb (c, i + 1, k);
      kg_tok (c, org)->maker_of = (int)i;
      i = k - 1;
    }
}

/* "H100 10만개를", "스타게이트 사업을", "콜로서스 슈퍼컴퓨터를": a count, or
 * a noun that names the kind of the thing (classifiers in relations.ko.json,
 * per type), after a bare name carries the name's particle. */
static void
counted_role (KgClauses *c, guint i)
{
  if (i + 1 >= c->toks->len || kg_tok (c, i + 1)->kind != KG_TOK_WORD)
    return;
  const KgTok *w = kg_tok (c, i + 1);
  gsize base = 0;
  KgRole r = word_particle (c, i + 1, &base);
  if (r == KG_ROLE_N || base < 3)
    return;
  const char *word = c->doc->text + w->start;
  if (g_ascii_isdigit (*word))
    {
      const char *last = word + base - 3; /* one Hangul syllable */
      if (memcmp (last, "개", 3) == 0 || memcmp (last, "대", 3) == 0 || memcmp (last, "장", 3) == 0)
        kg_tok (c, i)->role = r;
      return;
    }
  g_autofree char *noun = g_strndup (word, base);
  gpointer type = g_hash_table_lookup (c->rules->classifiers, noun);
  if (type != NULL && GPOINTER_TO_INT (type) - 1 == (int)kg_tok (c, i)->mention->type)
    {
      kg_tok (c, i)->role = r;
      kg_tok (c, i)->topic = r == KG_ROLE_SUBJECT && is_topic_tail (word + base, w->end - w->start - base);
    }
}

/* An English tail that makes a possessive: an apostrophe, straight or
 * curly ("Nvidia's", "Nvidia’s", "Siri’"), not a plural "s". */
static gboolean
possessive_en (const KgClauses *c, const KgTok *t)
{
  const char *tail = c->doc->text + t->tail_start;
  if (*tail == '\'' || g_str_has_prefix (tail, "\u2019"))
    return TRUE;
  /* a pronoun that stands for a name: "Its", "their" */
  gsize n = t->tail_end - t->start;
  const char *w = c->doc->text + t->start;
  return (n == 3 && g_ascii_strncasecmp (w, "its", 3) == 0)
         || (n == 5 && g_ascii_strncasecmp (w, "their", 5) == 0)
         || (n == 3 && g_ascii_strncasecmp (w, "his", 3) == 0)
         || (n == 3 && g_ascii_strncasecmp (w, "her", 3) == 0);
}

/* "led by the Canadian pension fund PSP Investments": "by the" and up
 * to four words of description end at word token @p, right before a name. */
static gboolean
described_after_by (const KgClauses *c, guint p)
{
  for (guint n = 1; n <= 5 && n <= p; n++)
    {
      guint k = p - n + 1; /* the first word of the description */
      /* "by the researchers who created Apache Spark": a relative clause */
      if (kg_tok (c, k)->kind != KG_TOK_WORD || kg_tok_word_is (c, k, "who")
          || kg_tok_word_is (c, k, "that") || kg_tok_word_is (c, k, "which")
          || kg_tok_word_is (c, k, "whose"))
        return FALSE;
      if ((kg_tok_word_is (c, k, "the") || kg_tok_word_is (c, k, "a")) && n > 1 && k > 0
          && kg_tok_word_is (c, k - 1, "by"))
        return TRUE;
    }
  return FALSE;
}

/* Roles from particles (ko) or prepositions and "'s" (en), then markers. */
static void
assign_roles (KgClauses *c)
{
  const char *text = c->doc->text;
  for (guint i = 0; i < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_MENTION)
        continue;
      if (c->lang == KG_LANG_KO)
        {
          gsize n = t->tail_end - t->tail_start;
          const char *tail = text + t->tail_start;
          t->role = particle_role (c->rules, tail, n);
          t->topic = t->role == KG_ROLE_SUBJECT && is_topic_tail (tail, n);
          if (n == 0)
            counted_role (c, i);
        }
      else if (t->tail_end > t->tail_start && possessive_en (c, t))
        t->role = KG_ROLE_POSSESSIVE; /* "Nvidia's", "Nvidia’s"; not "H100s", "Nvidia-backed" */
      else if (i > 0 && kg_tok (c, i - 1)->kind == KG_TOK_WORD)
        {
          /* "by chief executive Sam Altman": the preposition before the title */
          guint p = i - 1;
          for (guint n = 3; n >= 1; n--)
            {
              if (p < n)
                continue;
              GString *title = g_string_new (NULL);
              for (guint k = p - n + 1; k <= p; k++)
                g_string_append_printf (title, "%s%.*s", k > p - n + 1 ? " " : "",
                                        (int)(kg_tok (c, k)->end - kg_tok (c, k)->start),
                                        text + kg_tok (c, k)->start);
              char *lower = g_utf8_strdown (title->str, -1);
              gboolean is_title = g_hash_table_contains (c->rules->roles, lower);
              g_free (lower);
              g_string_free (title, TRUE);
              if (is_title && kg_tok (c, p - n)->kind == KG_TOK_WORD)
                {
                  p = p - n;
                  break;
                }
            }
          g_autofree char *w = kg_tok_text (c, p);
          g_autofree char *lower = g_utf8_strdown (w, -1);
          gpointer v = g_hash_table_lookup (c->rules->prepositions, lower);
          if (v != NULL)
            t->role = GPOINTER_TO_INT (v) - 1;
          else if (described_after_by (c, p))
            t->role = KG_ROLE_AGENT;
        }
      /* A marker after the name (and its particle) says more. */
      if (i + 1 < c->toks->len && kg_tok (c, i + 1)->kind == KG_TOK_WORD)
        {
          g_autofree char *w = kg_tok_text (c, i + 1);
          gpointer v = g_hash_table_lookup (c->rules->markers, w);
          if (v != NULL)
            {
              KgRole r = GPOINTER_TO_INT (v) - 1;
              if (r == KG_ROLE_WITH)
                t->strong_with = TRUE;
              if (r != KG_ROLE_WITH || t->role == KG_ROLE_WITH)
                t->role = r;
            }
        }
    }
}

/* "앤트로픽, 현존 최강 LMM '클로드 3' 출시": the first name of a sentence,
 * bare and followed by a comma (and not by another name: that is a list),
 * is its topic, as headlines write it. */
static void
headline_topic (KgClauses *c)
{
  for (guint i = 0; i + 2 < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_MENTION)
        continue;
      if (t->tail_end == t->tail_start && t->role == KG_ROLE_NONE && punct_is (c, kg_tok (c, i + 1), ',')
          && kg_tok (c, i + 2)->kind != KG_TOK_MENTION)
        {
          t->role = KG_ROLE_SUBJECT;
          t->topic = TRUE;
        }
      return;
    }
}

/* Quotes: a quote with a verb in it, or more than four words, is speech and
 * gets clauses of its own; a short one names something ('그록2'). */
static void
assign_quotes_and_clauses (KgClauses *c)
{
  const char *text = c->doc->text;
  int open = -1, n_quotes = 0;
  guint open_at = 0;
  for (guint i = 0; i < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind == KG_TOK_PUNCT)
        {
          gunichar ch = g_utf8_get_char (text + t->start);
          gboolean ascii = ch == '"' || ch == '\'';
          if (open >= 0 && (is_close_quote (ch) || ascii))
            {
              /* Speech or a name?  Count the words inside. */
              guint words = 0;
              gboolean verb = FALSE;
              for (guint k = open_at + 1; k < i; k++)
                if (kg_tok (c, k)->kind == KG_TOK_WORD)
                  {
                    words++;
                    g_autofree char *w = kg_tok_text (c, k);
                    verb = verb || g_regex_match (c->rules->clause_break, w, 0, NULL);
                  }
              if (words <= 4 && !verb)
                for (guint k = open_at; k <= i; k++)
                  kg_tok (c, k)->quote = -1;
              open = -1;
              continue;
            }
          if (open < 0 && (is_open_quote (ch) || ascii))
            {
              open = n_quotes++;
              open_at = i;
            }
        }
      t->quote = open;
    }
  /* Clauses: a new one after a connective ending, ';', and on entering or
   * leaving quoted speech. */
  guint clause = 0;
  int prev_quote = -1;
  gboolean relative = FALSE;
  for (guint i = 0; i < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->quote != prev_quote)
        clause++;
      prev_quote = t->quote;
      t->clause = clause;
      if (t->kind == KG_TOK_WORD && c->lang == KG_LANG_KO)
        {
          g_autofree char *w = kg_tok_text (c, i);
          if (g_regex_match (c->rules->clause_break, w, 0, NULL))
            clause++;
        }
      else if (t->kind == KG_TOK_WORD)
        {
          g_autofree char *w = kg_tok_text (c, i);
          g_autofree char *lower = g_utf8_strdown (w, -1);
          if (g_regex_match (c->rules->clause_break, lower, 0, NULL))
            {
              t->clause = ++clause;
              relative = !strcmp (lower, "that") || !strcmp (lower, "which") || !strcmp (lower, "who");
            }
        }
      else if (t->kind == KG_TOK_PUNCT && relative && punct_is (c, t, ','))
        {
          /* a relative clause ends at its comma: the comma opens the rest */
          t->clause = ++clause;
          relative = FALSE;
        }
      else if (t->kind == KG_TOK_PUNCT && (punct_is (c, t, ';') || punct_is (c, t, 0x2014)))
        clause++;
    }
  c->n_clauses = clause + 1;
}

static gboolean
is_list_word (const KgClauses *c, guint i)
{
  static const char *const ko[] = { "및", "그리고", "또는", "혹은", "이나", "과", "와", "vs", "VS", "vs.", "대" };
  static const char *const en[] = { "and", "or", "&", "plus", "vs", "vs.", "versus" };
  const char *const *words = c->lang == KG_LANG_KO ? ko : en;
  guint n = c->lang == KG_LANG_KO ? G_N_ELEMENTS (ko) : G_N_ELEMENTS (en);
  for (guint k = 0; k < n; k++)
    if (kg_tok_word_is (c, i, words[k]))
      return TRUE;
  return FALSE;
}

/* TRUE when the Korean tail of mention \p t continues a list: 와/과/및/랑,
 * or nothing (then a separator must follow). */
static gboolean
tail_lists (const KgClauses *c, const KgTok *t)
{
  gsize n = t->tail_end - t->tail_start;
  const char *tail = c->doc->text + t->tail_start;
  if (n == 0)
    return TRUE;
  static const char *const joins[] = { "와", "과", "및", "랑", "이랑", "나", "이나", "하고", "-" };
  for (guint k = 0; k < G_N_ELEMENTS (joins); k++)
    if (strlen (joins[k]) == n && memcmp (tail, joins[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Links mention \p i to the next mention when only separators stand
 * between: "A, B", "A·B", "A와 B", "A 및 B", "A and B", "A, B, and C";
 * "A와 같은 대형 자산운용사와 B" (B and others like A) too. */
/* English words a list may carry between its names: determiners and the
 * kind of thing named ("the Pi chatbot and the Inflection-2.5 model"). */
static gboolean
list_filler_en (const KgClauses *c, guint k)
{
  static const char *const words[] = { "the", "a", "an", "its", "their", "chatbot", "chatbots",
                                       "model", "models", "chip", "chips", "assistant", "service",
                                       "platform", "app", "software", "processor", "processors",
                                       "GPU", "GPUs", "accelerator", "accelerators", "supercomputer",
                                       "cloud", "system", "family", "series", "engine" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (kg_tok_word_is (c, k, words[i]))
      return TRUE;
  return FALSE;
}

/* "from Jeff Bezos and Nvidia": investors, founders and the like are
 * people and companies alike; an English list of both is joined by "and"
 * right before the last one, and that one is bare (not "Sam Altman,
 * OpenAI's CEO"). */
static gboolean
and_between (const KgClauses *c, guint a, guint b)
{
  return b == a + 2 && kg_tok_word_is (c, a + 1, "and");
}

static gboolean
people_and_companies (const KgClauses *c, guint a, guint b)
{
  KgType x = kg_tok (c, a)->mention->type, y = kg_tok (c, b)->mention->type;
  if (!((x == KG_TYPE_PERSON && y == KG_TYPE_ORGANIZATION)
        || (x == KG_TYPE_ORGANIZATION && y == KG_TYPE_PERSON))
      || kg_tok (c, b)->tail_end != kg_tok (c, b)->tail_start)
    return FALSE;
  /* "Simonyan and LinkedIn co-founder Reid Hoffman": a company before a
   * title belongs to the title */
  if (b + 1 < c->toks->len && kg_tok (c, b + 1)->kind == KG_TOK_WORD)
    {
      g_autofree char *next = kg_tok_text (c, b + 1);
      g_autofree char *lower = g_utf8_strdown (next, -1);
      if (g_hash_table_contains (c->rules->roles, lower))
        return FALSE;
    }
  return TRUE;
}

static int
list_next (const KgClauses *c, guint i)
{
  const KgTok *a = kg_tok (c, i);
  gboolean sep = FALSE;
  guint k = i + 1, words = 0;
  if (c->lang == KG_LANG_KO && a->tail_end > a->tail_start && !tail_lists (c, a))
    return -1;
  if (c->lang == KG_LANG_EN && a->role == KG_ROLE_POSSESSIVE)
    return -1;
  gboolean joined = c->lang == KG_LANG_KO && a->tail_end > a->tail_start; /* 와/과 */
  for (; k < c->toks->len; k++)
    {
      const KgTok *t = kg_tok (c, k);
      if (t->clause != a->clause || t->quote != a->quote)
        return -1;
      if (t->absorbed)
        continue;
      /* "A의 X, B의 Y": the possessor of the next member is not one. */
      if (t->kind == KG_TOK_MENTION && sep && t->role == KG_ROLE_POSSESSIVE && k + 1 < c->toks->len
          && kg_tok (c, k + 1)->kind == KG_TOK_MENTION)
        continue;
      if (t->kind == KG_TOK_MENTION)
        break;
      if (t->kind == KG_TOK_PUNCT && (punct_is (c, t, ',') || punct_is (c, t, 0x00B7)
                                      || punct_is (c, t, 0x30FB) || punct_is (c, t, '/')
                                      || punct_is (c, t, 0xFF0C)))
        sep = TRUE;
      else if (t->kind == KG_TOK_WORD && is_list_word (c, k))
        sep = TRUE;
      else if (t->kind == KG_TOK_WORD && c->lang == KG_LANG_EN && words < 3 && list_filler_en (c, k))
        words++; /* "the Pi chatbot and the Inflection-2.5 model" */
      else if (t->kind == KG_TOK_WORD && c->lang == KG_LANG_KO && joined && words < 3
               && (kg_tok_word_is (c, k, "같은") || words > 0))
        {
          /* 와 같은 ... 와: the words must end in 와/과 before the next name. */
          words++;
          g_autofree char *w = kg_tok_text (c, k);
          if (g_str_has_suffix (w, "와") || g_str_has_suffix (w, "과"))
            sep = TRUE;
          else if (words > 0 && !kg_tok_word_is (c, k, "같은") && sep)
            return -1;
        }
      else
        return -1;
    }
  if (k >= c->toks->len || kg_tok (c, k)->kind != KG_TOK_MENTION)
    return -1;
  /* Lists hold one kind of thing: "LG AI연구원, 엑사원 3.0 공개" is a
   * headline's topic and its object, not a list. */
  if (kg_tok (c, k)->mention->type != a->mention->type && !joined
      && !(c->lang == KG_LANG_EN && and_between (c, i, k) && people_and_companies (c, i, k)))
    return -1;
  if (!sep && !joined)
    return -1;
  if (joined && words > 0 && !sep)
    return -1;
  return (int)k;
}

/* The role a list whose last name has no particle takes from the words
 * after it: "A, B 등 ... 벤처캐피털이" (subject), "A와 B 남매가", "A, B 세
 * 가지 모델로"; KG_ROLE_NONE for "A, B 등 빅테크는 물론".  @return
 * KG_ROLE_N when no word says. */
static KgRole
role_after_list (const KgClauses *c, guint last)
{
  const KgTok *t = kg_tok (c, last);
  const char *text = c->doc->text;
  gboolean etc = t->tail_end - t->tail_start == strlen ("등")
                 && memcmp (text + t->tail_start, "등", strlen ("등")) == 0;
  if (t->tail_end > t->tail_start && !etc)
    return KG_ROLE_N;
  guint k = last + 1;
  if (kg_tok_word_is (c, k, "등"))
    etc = TRUE, k++;
  for (guint words = 0; k < c->toks->len && words < (etc ? 5u : 3u); k++, words++)
    {
      const KgTok *w = kg_tok (c, k);
      if (w->kind != KG_TOK_WORD || w->clause != t->clause)
        return KG_ROLE_N;
      KgRole r = word_particle (c, k, NULL);
      if (r == KG_ROLE_N || r == KG_ROLE_POSSESSIVE)
        continue;
      if (kg_tok (c, last)->role != KG_ROLE_NONE)
        return KG_ROLE_N; /* a marker already said: "A와 B 간의 갈등을" */
      if (kg_tok_word_is (c, k + 1, "물론"))
        return KG_ROLE_NONE;
      return r == KG_ROLE_SUBJECT || r == KG_ROLE_OBJECT || r == KG_ROLE_WITH || r == KG_ROLE_TO
                     || r == KG_ROLE_AS || r == KG_ROLE_ALSO
               ? r
               : KG_ROLE_N;
    }
  return KG_ROLE_N;
}

static void
assign_lists (KgClauses *c)
{
  for (guint i = 0; i < c->toks->len; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_MENTION || t->group >= 0)
        continue;
      t->group = (int)i;
      KgRole first_role = t->role;
      guint last = i;
      int next;
      while ((next = list_next (c, last)) >= 0)
        {
          kg_tok (c, last)->role = KG_ROLE_LIST;
          kg_tok (c, (guint)next)->group = (int)i;
          last = (guint)next;
        }
      if (last == i)
        continue;
      /* Every member takes the role of the last one in Korean ("A, B와
       * C는"), of the first in English ("with A and B"). */
      KgRole role = c->lang == KG_LANG_KO ? kg_tok (c, last)->role : first_role;
      if (c->lang == KG_LANG_KO)
        {
          KgRole after = role_after_list (c, last);
          if (after != KG_ROLE_N)
            role = after;
        }
      gboolean strong = kg_tok (c, last)->strong_with;
      for (guint k = i; k <= last; k++)
        if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->group == (int)i)
          {
            kg_tok (c, k)->role = role;
            kg_tok (c, k)->strong_with = strong;
          }
    }
}

guint
kg_group_members (const KgClauses *c, guint i, guint *members, guint max)
{
  int g = kg_tok (c, i)->group;
  guint n = 0;
  for (guint k = (guint)MAX (g, 0); k < c->toks->len && n < max; k++)
    {
      const KgTok *t = kg_tok (c, k);
      if (t->kind == KG_TOK_MENTION && t->group == g)
        members[n++] = k;
      else if (t->clause != kg_tok (c, i)->clause)
        break;
    }
  return n;
}

static gboolean
has_hangul (const char *s, gsize len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HANGUL)
      return TRUE;
  return FALSE;
}

static char
text_at (const KgClauses *c, gsize pos)
{
  return c->doc->text[pos];
}

const KgMention *
kg_clauses_real (const KgClauses *c, const KgMention *m)
{
  if (m >= c->pronouns && m < c->pronouns + KG_MAX_PRONOUNS)
    return c->antecedents[m - c->pronouns];
  return m;
}

/* A verb whose object "it" names a company: buying, selling, suing. */
static gboolean
object_verb (const KgClauses *c, guint k)
{
  static const char *const verbs[] = { "acquire", "acquired", "acquires", "buy", "bought",
                                       "buys", "purchase", "purchased", "sell", "sold",
                                       "sells", "sue", "sued", "sues" };
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (kg_tok_word_is (c, k, verbs[i]))
      return TRUE;
  return FALSE;
}

/* "Paris-based", "Toronto-based": a place before the subject */
static gboolean
based_word (const KgClauses *c, guint k)
{
  const KgTok *t = kg_tok (c, k);
  static const char based[] = "-based";
  gsize n = sizeof based - 1;
  return t->end - t->start > n && memcmp (c->doc->text + t->end - n, based, n) == 0;
}

/* "said in June it had raised": a pronoun before an auxiliary is a
 * subject, whatever comes before it. */
static gboolean
subject_aux_after (const KgClauses *c, guint i)
{
  static const char *const aux[] = { "had", "has", "have", "would", "will", "is", "was",
                                     "could", "can", "did", "does", "plans", "expects" };
  if (i + 1 >= c->toks->len || kg_tok (c, i + 1)->kind != KG_TOK_WORD)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (aux); k++)
    if (kg_tok_word_is (c, i + 1, aux[k]))
      return TRUE;
  return FALSE;
}

/* The name a pronoun of \p type at token \p i stands for: Korean, the
 * sentence's topic before it, else the nearest name of that kind; English,
 * the nearest bare name of that kind; else the previous sentence's topic. */
static const KgMention *
antecedent (const KgClauses *c, guint i, KgType type, gboolean possessive)
{
  const KgMention *near = NULL;
  if (c->lang == KG_LANG_EN)
    {
      /* "Amazon completed its investment": "its" is the subject's, after a
       * verb too */
      if (possessive && i > 0 && kg_tok (c, i - 1)->kind == KG_TOK_WORD)
        {
          for (guint k = 0; k < i; k++)
            if (kg_tok (c, k)->kind == KG_TOK_MENTION)
              return kg_tok (c, k)->mention->type == type && kg_tok (c, k)->role == KG_ROLE_NONE
                         ? kg_clauses_real (c, kg_tok (c, k)->mention)
                         : NULL;
          return c->prev_topic != NULL && c->prev_topic->type == type ? c->prev_topic : NULL;
        }
      /* "Snowflake was in talks to buy Tabular, but Databricks agreed to
       * acquire it": "it" after a verb of buying, selling or suing is the
       * company named before that verb's subject */
      if (!possessive && i > 0 && kg_tok_word_is (c, i, "it") && object_verb (c, i - 1))
        {
          int k = (int)i - 1;
          while (k >= 0 && kg_tok (c, k)->kind != KG_TOK_MENTION)
            k--;
          int skip = k >= 0 && kg_tok (c, k)->group >= 0 ? kg_tok (c, k)->group : k;
          for (k = skip - 1; k >= 0; k--)
            {
              const KgTok *t = kg_tok (c, k);
              /* only a company that was itself bought or sold: "buy Tabular" */
              if (t->kind == KG_TOK_MENTION && t->mention->type == type && t->quote < 0)
                return (t->role == KG_ROLE_NONE || t->role == KG_ROLE_LIST) && k > 0
                               && object_verb (c, (guint)k - 1)
                           ? kg_clauses_real (c, t->mention)
                           : NULL;
            }
          return NULL;
        }
      /* "Oracle and Nvidia invested in the company": after a preposition
       * "the company" is the sentence's first company that is not the
       * subject right before it, else the last sentence's topic */
      if (kg_tok_word_is (c, i, "the") && i > 0
          && (kg_tok_word_is (c, i - 1, "in") || kg_tok_word_is (c, i - 1, "of")
              || kg_tok_word_is (c, i - 1, "into")))
        {
          int last = -1;
          for (int k = (int)i - 1; k >= 0 && last < 0; k--)
            if (kg_tok (c, k)->kind == KG_TOK_MENTION)
              last = k;
          int last_group = last >= 0 && kg_tok (c, last)->group >= 0 ? kg_tok (c, last)->group : last;
          for (guint k = 0; k < i; k++)
            {
              const KgTok *t = kg_tok (c, k);
              if (t->kind != KG_TOK_MENTION || t->mention->type != type || t->quote >= 0)
                continue;
              if ((int)k == last || (last_group >= 0 && t->group == last_group) || (int)k == last_group)
                break;
              return kg_clauses_real (c, t->mention);
            }
          return c->prev_topic != NULL && c->prev_topic->type == type ? c->prev_topic : NULL;
        }
      /* Only a pronoun in a subject's place ("it said", ", it acquired")
       * is taken: after a verb it is an object, and most often not the
       * subject ("still owns 90 percent of the company"). */
      if (i > 0 && kg_tok (c, i - 1)->kind == KG_TOK_WORD && !subject_aux_after (c, i)
          && !kg_tok_word_is (c, i - 1, "said")
          && !kg_tok_word_is (c, i - 1, "that") && !kg_tok_word_is (c, i - 1, "and")
          && !kg_tok_word_is (c, i - 1, "says") && !kg_tok_word_is (c, i - 1, "but")
          && !kg_tok_word_is (c, i - 1, "when") && !kg_tok_word_is (c, i - 1, "after")
          && !kg_tok_word_is (c, i - 1, "where") && !kg_tok_word_is (c, i - 1, "while"))
        return NULL;
      /* English "it", "he": the subject the sentence opens with, else the
       * last sentence's; a sentence that opens with a name kgraph does not
       * know ("Lumenstack ... denied that CoreWeave approached it") gives
       * none. */
      guint k = 0;
      while (k < i && kg_tok (c, k)->kind == KG_TOK_WORD
             && (kg_tok_word_is (c, k, "The") || kg_tok_word_is (c, k, "But")
                 || kg_tok_word_is (c, k, "And") || based_word (c, k)))
        k++;
      /* "SoftBank-backed Arm ...; it licenses": the modifier is not it */
      while (k + 1 < i && kg_tok (c, k)->kind == KG_TOK_MENTION
             && kg_tok (c, k)->tail_end > kg_tok (c, k)->tail_start
             && text_at (c, kg_tok (c, k)->tail_start) == '-')
        k++;
      if (k < i && kg_tok (c, k)->kind == KG_TOK_MENTION)
        return kg_tok (c, k)->mention->type == type ? kg_clauses_real (c, kg_tok (c, k)->mention)
                                                    : NULL;
      if (k < i && kg_tok (c, k)->kind == KG_TOK_WORD
          && g_ascii_isupper (c->doc->text[kg_tok (c, k)->start]))
        return NULL;
      return c->prev_topic != NULL && c->prev_topic->type == type ? c->prev_topic : NULL;
    }
  /* "앤트로픽은 ... AWS가 자체 설계한 칩": a subject right before the
   * pronoun is its own, whatever the topic */
  if (c->lang == KG_LANG_KO && i > 0 && kg_tok (c, i - 1)->kind == KG_TOK_MENTION
      && kg_tok (c, i - 1)->role == KG_ROLE_SUBJECT && kg_tok (c, i - 1)->mention->type == type)
    return kg_clauses_real (c, kg_tok (c, i - 1)->mention);
  for (int k = (int)i - 1; k >= 0; k--)
    {
      const KgTok *t = kg_tok (c, k);
      if (t->kind != KG_TOK_MENTION || t->mention->type != type || t->quote >= 0)
        continue;
      if (c->lang == KG_LANG_KO && t->topic)
        return kg_clauses_real (c, t->mention);
      if (near == NULL && (c->lang == KG_LANG_KO || t->role == KG_ROLE_NONE))
        near = kg_clauses_real (c, t->mention);
    }
  if (near != NULL)
    return near;
  return c->prev_topic != NULL && c->prev_topic->type == type ? c->prev_topic : NULL;
}

/* Turns the pronouns of the pronouns table into mentions: "그는", "이 회사는"
 * (a demonstrative and a noun), "it", "the company", "its". */
static gboolean
resolve_pronouns (KgClauses *c)
{
  const char *text = c->doc->text;
  if (c->rules->pronouns == NULL)
    return FALSE;
  for (guint i = 0; i < c->toks->len && c->n_pronouns < KG_MAX_PRONOUNS; i++)
    {
      KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_WORD)
        continue;
      gsize base = t->end - t->start;
      if (c->lang == KG_LANG_EN && base == 3 && g_ascii_strncasecmp (text + t->start, "its", 3) == 0)
        base = 2; /* "its": "it" with a possessive tail */
      const char *prev = i > 0 && kg_tok (c, i - 1)->kind == KG_TOK_WORD
                           ? text + kg_tok (c, i - 1)->start
                           : NULL;
      gsize prev_len = prev != NULL ? kg_tok (c, i - 1)->end - kg_tok (c, i - 1)->start : 0;
      gpointer v = NULL;
      gboolean pair = FALSE;
      /* Korean: the word, or the word less each particle it may end in */
      for (gsize cut = base; cut > 0 && v == NULL; cut--)
        {
          if (cut < base && (c->lang == KG_LANG_EN || (((guint8)text[t->start + cut]) & 0xC0) == 0x80))
            continue;
          if (cut < base && c->lang == KG_LANG_EN)
            break;
          g_autofree char *tail = g_strndup (text + t->start + cut, base - cut);
          if (cut < base && !g_hash_table_contains (c->rules->particles, tail))
            continue;
          g_autofree char *one = g_strndup (text + t->start, cut);
          g_autofree char *two = prev != NULL ? g_strdup_printf ("%.*s %s", (int)prev_len, prev, one) : NULL;
          if (c->lang == KG_LANG_EN)
            {
              char *l1 = g_utf8_strdown (one, -1);
              g_free (one);
              one = l1;
              if (two != NULL)
                {
                  char *l2 = g_utf8_strdown (two, -1);
                  g_free (two);
                  two = l2;
                }
            }
          if ((v = g_hash_table_lookup (c->rules->pronouns, one)) == NULL && two != NULL
              && (v = g_hash_table_lookup (c->rules->pronouns, two)) != NULL)
            pair = TRUE;
          if (v != NULL)
            base = cut;
          if (c->lang == KG_LANG_EN)
            break;
        }
      gsize start = pair ? kg_tok (c, i - 1)->start : t->start;
      if (v == NULL)
        continue;
      gboolean its = c->lang == KG_LANG_EN && t->end - t->start == 3 && base == 2;
      const KgMention *ante = antecedent (c, pair ? i - 1 : i, GPOINTER_TO_INT (v) - 1, its);
      if (ante == NULL)
        continue;
      KgMention *m = &c->pronouns[c->n_pronouns];
      *m = *ante;
      m->start = start;
      m->end = t->start + base;
      m->flags |= KG_MENTION_SHORT;
      c->antecedents[c->n_pronouns++] = ante;
      if (pair)
        kg_tok (c, i - 1)->absorbed = TRUE;
      t->kind = KG_TOK_MENTION;
      t->mention = m;
      t->tail_start = t->start + base;
      t->tail_end = t->end;
      t->start = start;
      t->end = t->tail_start;
    }
  return c->n_pronouns > 0;
}

void
kg_clauses_init (KgClauses *c, const KgDoc *doc, const KgRules *rules, gsize start, gsize end,
                 guint first, guint n, const KgMention *prev_topic)
{
  memset (c, 0, sizeof *c);
  c->doc = doc;
  c->prev_topic = prev_topic;
  c->start = start;
  c->end = end;
  c->lang = has_hangul (doc->text + start, end - start) ? KG_LANG_KO : KG_LANG_EN;
  c->rules = &rules->lang[c->lang];
  c->toks = g_array_sized_new (FALSE, TRUE, sizeof (KgTok), 32);
  cut (c, doc->text, first, n);
  assign_roles (c);
  if (resolve_pronouns (c))
    assign_roles (c);
  if (c->lang == KG_LANG_KO)
    {
      absorb_appositions (c);
      headline_topic (c);
    }
  assign_quotes_and_clauses (c);
  if (c->lang == KG_LANG_EN)
    absorb_makers_en (c);
  assign_lists (c);
}

void
kg_clauses_clear (KgClauses *c)
{
  g_clear_pointer (&c->toks, g_array_unref);
}
