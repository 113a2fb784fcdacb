/* SPDX-License-Identifier: MIT */
/* roles.c: relations said by the words around a name rather than by a verb.
 * Appositions put a person's title between or beside a company and the
 * person: "테슬라 CEO 일론 머스크", "샘 올트먼 오픈AI 최고경영자",
 * "소프트뱅크 손정의 회장", "엔비디아 CEO인 젠슨 황", "Nvidia CEO Jensen
 * Huang", "Jensen Huang, chief executive of Nvidia".  Relational nouns tie a
 * company to the name after them: "투자사인 아마존", "오픈AI의 경쟁사 구글",
 * "OpenAI rival Anthropic", "Amazon, an investor in Anthropic".  Titles and
 * nouns are the phrase tables of relations.*.json; a title after "전" or
 * "former" says nothing about now and is skipped. */
#include <string.h>

#include "relations.h"

/* Strength of the evidence: a title beside a name is as plain as it gets. */
#define APPOSITION_STRENGTH 3
#define RELNOUN_STRENGTH 2
#define MAKER_STRENGTH 1
#define CONTEXT_STRENGTH 1

/* A phrase of the tables found at a token. */
typedef struct {
  gpointer value;  /* the table's value */
  guint first, last; /* its tokens */
  const char *tail; /* what follows the phrase in its last word (ko), static */
  gsize tail_len;
} Phrase;

/* Looks up the words from token \p i on (at most \p max_words, longest
 * first) in \p table.  Korean words may carry a particle or copula, which
 * goes to ph->tail. */
static gboolean
phrase_at (const KgClauses *c, GHashTable *table, guint max_words, guint i, Phrase *ph)
{
  const char *text = c->doc->text;
  for (guint n = MIN (max_words, 4); n > 0; n--)
    {
      if (i + n > c->toks->len)
        continue;
      GString *s = g_string_new (NULL);
      gboolean ok = TRUE;
      for (guint k = i; k < i + n && ok; k++)
        {
          const KgTok *t = kg_tok (c, k);
          ok = t->kind == KG_TOK_WORD && t->clause == kg_tok (c, i)->clause;
          if (k > i)
            g_string_append_c (s, ' ');
          g_string_append_len (s, text + t->start, t->end - t->start);
        }
      if (!ok)
        {
          g_string_free (s, TRUE);
          continue;
        }
      if (c->lang == KG_LANG_EN)
        {
          char *lower = g_utf8_strdown (s->str, -1);
          g_string_assign (s, lower);
          g_free (lower);
        }
      /* The whole words, then with a particle cut off the last one. */
      gsize full = s->len;
      for (gsize cut = full; cut > 0; cut--)
        {
          if (cut < full && (((guint8)s->str[cut] & 0xC0) == 0x80))
            continue;
          if (cut < full && c->lang == KG_LANG_EN)
            break;
          char saved = s->str[cut];
          s->str[cut] = '\0';
          gpointer v = g_hash_table_lookup (table, s->str);
          if (v == NULL && n == 1 && table == c->rules->roles)
            v = GINT_TO_POINTER (kg_rules_title_suffix (c->rules, s->str, strlen (s->str)));
          if (v == NULL && n == 3)
            {
              /* "경쟁 * 기업": any one word between ("경쟁 AI 기업인") */
              const char *sp1 = strchr (s->str, ' ');
              const char *sp2 = sp1 != NULL ? strchr (sp1 + 1, ' ') : NULL;
              if (sp2 != NULL)
                {
                  g_autofree char *wild = g_strdup_printf ("%.*s * %s", (int)(sp1 - s->str),
                                                           s->str, sp2 + 1);
                  v = g_hash_table_lookup (table, wild);
                }
            }
          s->str[cut] = saved;
          gboolean tail_ok = cut == full
                             || g_hash_table_contains (c->rules->particles, s->str + cut);
          if (v != NULL && tail_ok)
            {
              ph->value = v;
              ph->first = i;
              ph->last = i + n - 1;
              const KgTok *lt = kg_tok (c, ph->last);
              ph->tail_len = full - cut;
              ph->tail = text + lt->end - ph->tail_len;
              g_string_free (s, TRUE);
              return TRUE;
            }
          if (full - cut > 12)
            break;
        }
      g_string_free (s, TRUE);
    }
  return FALSE;
}

static gboolean
tail_is (const Phrase *ph, const char *what)
{
  return ph->tail_len == strlen (what) && memcmp (ph->tail, what, ph->tail_len) == 0;
}

static const KgMention *
mention_at (const KgClauses *c, int i, KgType type)
{
  if (i < 0 || (guint)i >= c->toks->len)
    return NULL;
  const KgTok *t = kg_tok (c, i);
  if (t->kind != KG_TOK_MENTION || t->mention->type != type)
    return NULL;
  return t->mention;
}

/* A bare name (no particle, or the possessive) can be part of an apposition. */
static gboolean
bare (const KgClauses *c, int i, gboolean possessive_ok)
{
  const KgTok *t = kg_tok (c, i);
  if (t->tail_end == t->tail_start)
    return TRUE;
  return possessive_ok && t->role == KG_ROLE_POSSESSIVE;
}

/* Skips "(CEO)" after a title. */
static guint
skip_parenthesis (const KgClauses *c, guint i)
{
  if (i >= c->toks->len || kg_tok (c, i)->kind != KG_TOK_PUNCT
      || g_utf8_get_char (c->doc->text + kg_tok (c, i)->start) != '(')
    return i;
  for (guint k = i + 1; k < c->toks->len && k < i + 5; k++)
    if (kg_tok (c, k)->kind == KG_TOK_PUNCT && g_utf8_get_char (c->doc->text + kg_tok (c, k)->start) == ')')
      return k + 1;
  return i;
}

static gboolean
is_former (const KgClauses *c, int i)
{
  if (i < 0 || kg_tok (c, i)->kind != KG_TOK_WORD)
    return FALSE;
  g_autofree char *w = kg_tok_text (c, i);
  if (c->lang == KG_LANG_EN)
    {
      g_autofree char *lower = g_utf8_strdown (w, -1);
      return g_hash_table_contains (c->rules->former, lower) || g_str_has_prefix (lower, "ex-");
    }
  return g_hash_table_contains (c->rules->former, w);
}

static void
add (KgRelScan *f, const KgMention *person, KgPredicate pred, const KgMention *org, guint at,
     int strength)
{
  if (kg_found_add (f, person, &pred, 1, org, strength, at, kg_tok (f->clauses, at)->end))
    g_array_index (f->found, KgFound, f->found->len - 1).fixed_status = TRUE;
}

/* Korean: the title at \p ph, with the names around it. */
static void
apposition_ko (KgRelScan *f, const Phrase *ph)
{
  const KgClauses *c = f->clauses;
  KgPredicate pred = GPOINTER_TO_INT (ph->value) - 1;
  int before = (int)ph->first - 1;
  if (is_former (c, before))
    return;
  guint after = skip_parenthesis (c, ph->last + 1);
  const KgMention *org = mention_at (c, before, KG_TYPE_ORGANIZATION);
  const KgMention *person = NULL;
  if (org != NULL && bare (c, before, TRUE))
    {
      /* 테슬라 CEO 일론 머스크; 엔비디아 CEO인 젠슨 황; 메타의 수석 과학자이자
       * AI 대부로 불리는 얀 르쿤 (after 인/이자, a short phrase may intervene). */
      if (ph->tail_len == 0 || tail_is (ph, "인") || tail_is (ph, "이자") || tail_is (ph, "겸"))
        {
          guint reach = ph->tail_len > 0 ? 4 : 0;
          for (guint k = after; k < c->toks->len && k <= after + reach; k++)
            {
              const KgTok *t = kg_tok (c, k);
              if (t->clause != kg_tok (c, ph->last)->clause && reach == 0)
                break;
              if (t->kind == KG_TOK_MENTION)
                {
                  person = mention_at (c, (int)k, KG_TYPE_PERSON);
                  break;
                }
              if (t->kind == KG_TOK_PUNCT)
                break;
            }
        }
      if (person != NULL)
        {
          add (f, person, pred, org, ph->last, APPOSITION_STRENGTH);
          return;
        }
      /* 샘 올트먼 오픈AI 최고경영자 */
      person = mention_at (c, before - 1, KG_TYPE_PERSON);
      if (person != NULL && bare (c, before - 1, FALSE) && bare (c, before, FALSE))
        add (f, person, pred, org, ph->last, APPOSITION_STRENGTH);
      return;
    }
  /* 소프트뱅크 손정의 회장 */
  person = mention_at (c, before, KG_TYPE_PERSON);
  org = mention_at (c, before - 1, KG_TYPE_ORGANIZATION);
  if (person != NULL && org != NULL && bare (c, before, FALSE) && bare (c, before - 1, FALSE))
    {
      add (f, person, pred, org, ph->last, APPOSITION_STRENGTH);
      return;
    }
  /* "OpenAI 이사회는 ... 거부했다. 이사회 의장인 브렛 테일러는": a title with
   * 인 before a name and no company beside it belongs to the company the
   * text is about: the topic of this sentence, else of the one before. */
  if (person == NULL && (tail_is (ph, "인") || tail_is (ph, "이자")))
    {
      person = mention_at (c, (int)after, KG_TYPE_PERSON);
      const KgMention *topic = f->topic != NULL && f->topic->start < kg_tok (c, ph->first)->start
                                 ? f->topic
                                 : f->prev_topic;
      if (person != NULL && topic != NULL && topic->type == KG_TYPE_ORGANIZATION)
        add (f, person, pred, topic, ph->last, CONTEXT_STRENGTH);
    }
}

static void
add_all (KgRelScan *f, const KgMention *person, const KgPredicate *preds, guint n,
         const KgMention *org, guint at)
{
  for (guint i = 0; i < n; i++)
    add (f, person, preds[i], org, at, APPOSITION_STRENGTH);
}

/* The person a title after "as" belongs to: "Ramaswamy replaced Slootman as
 * Snowflake's chief executive", "She joined as CTO of X": the first person
 * of the clause that is no verb's object. */
static const KgMention *
subject_person_before (const KgClauses *c, int k)
{
  const KgMention *found = NULL;
  for (int j = k; j >= 0 && kg_tok (c, j)->clause == kg_tok (c, k)->clause; j--)
    {
      const KgTok *t = kg_tok (c, j);
      if (t->kind == KG_TOK_MENTION && t->mention->type == KG_TYPE_PERSON && t->role == KG_ROLE_NONE)
        found = t->mention;
    }
  return found;
}

/* English: "Nvidia CEO Jensen Huang", "Nvidia's chief executive Jensen
 * Huang", "Jensen Huang, chief executive of Nvidia", "Jensen Huang,
 * Nvidia's CEO", "Masayoshi Son, SoftBank's founder and chief executive",
 * "... replaced Slootman as Snowflake's chief executive".  The title spans
 * tokens [first, last] and may join two (\p preds). */
static void
apposition_en (KgRelScan *f, guint first, guint last, const KgPredicate *preds, guint n)
{
  const KgClauses *c = f->clauses;
  int before = (int)first - 1;
  if (is_former (c, before))
    return;
  guint after = last + 1;
  const KgMention *org = mention_at (c, before, KG_TYPE_ORGANIZATION);
  const KgMention *person = NULL;
  KgRole org_role = org != NULL ? kg_tok (c, before)->role : KG_ROLE_N;
  if (org != NULL && (org_role == KG_ROLE_NONE || org_role == KG_ROLE_POSSESSIVE
                      || org_role == KG_ROLE_LIST))
    {
      if (before >= 1 && kg_tok_word_is (c, before - 1, "as"))
        {
          person = subject_person_before (c, before - 2);
          if (person != NULL)
            add_all (f, person, preds, n, org, last);
          return;
        }
      /* "Nvidia's chief executive, Jensen Huang," */
      if (after < c->toks->len && kg_tok (c, after)->kind == KG_TOK_PUNCT
          && g_utf8_get_char (c->doc->text + kg_tok (c, after)->start) == ',')
        after++;
      person = mention_at (c, (int)after, KG_TYPE_PERSON);
      if (person != NULL)
        {
          add_all (f, person, preds, n, org, last);
          /* "Anthropic's co-founders Dario Amodei and Jack Clark": a
           * plural title holds the whole list */
          g_autofree char *title = kg_tok_text (c, last);
          int group = kg_tok (c, after)->group;
          for (guint k = after + 1; g_str_has_suffix (title, "s") && group >= 0 && k < c->toks->len; k++)
            if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->group == group
                && kg_tok (c, k)->mention->type == KG_TYPE_PERSON)
              add_all (f, kg_tok (c, k)->mention, preds, n, org, last);
          return;
        }
      /* "Jensen Huang, Nvidia's CEO"; "Ilya Sutskever, the OpenAI co-founder" */
      int k = before - 1;
      if (k >= 2 && org_role == KG_ROLE_NONE && kg_tok_word_is (c, k, "the"))
        k--;
      if (k >= 1 && kg_tok (c, k)->kind == KG_TOK_PUNCT
          && g_utf8_get_char (c->doc->text + kg_tok (c, k)->start) == ',')
        {
          person = mention_at (c, k - 1, KG_TYPE_PERSON);
          if (person != NULL)
            add_all (f, person, preds, n, org, last);
        }
      return;
    }
  /* "TITLE of ORG" after "PERSON," or "PERSON is/was (the)", or "as". */
  if (!kg_tok_word_is (c, after, "of") && !kg_tok_word_is (c, after, "at"))
    return;
  org = mention_at (c, (int)after + 1, KG_TYPE_ORGANIZATION);
  if (org == NULL)
    return;
  int k = before;
  if (k >= 0 && (kg_tok_word_is (c, k, "the") || kg_tok_word_is (c, k, "a") || kg_tok_word_is (c, k, "an")))
    k--;
  if (k >= 0 && is_former (c, k))
    return;
  if (k >= 0 && kg_tok_word_is (c, k, "as"))
    {
      person = subject_person_before (c, k - 1);
      if (person != NULL)
        add_all (f, person, preds, n, org, last);
      return;
    }
  if (k >= 0 && (kg_tok_word_is (c, k, "is") || kg_tok_word_is (c, k, "was")
                 || kg_tok_word_is (c, k, "became") || kg_tok_word_is (c, k, "remains")
                 || kg_tok_word_is (c, k, "named")))
    k--;
  else if (k >= 0 && kg_tok (c, k)->kind == KG_TOK_PUNCT
           && g_utf8_get_char (c->doc->text + kg_tok (c, k)->start) == ',')
    k--;
  else
    return;
  person = mention_at (c, k, KG_TYPE_PERSON);
  if (person != NULL)
    add_all (f, person, preds, n, org, last);
}

void
kg_find_appositions (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  for (guint i = 0; i < c->toks->len; i++)
    {
      Phrase ph;
      if (kg_tok (c, i)->kind != KG_TOK_WORD || kg_tok (c, i)->quote >= 0
          || !phrase_at (c, c->rules->roles, c->rules->max_role_words, i, &ph))
        continue;
      if (c->lang == KG_LANG_KO)
        apposition_ko (f, &ph);
      else
        {
          /* "founder and chief executive" */
          KgPredicate preds[2] = { GPOINTER_TO_INT (ph.value) - 1 };
          guint n = 1, last = ph.last;
          Phrase more;
          if ((kg_tok_word_is (c, last + 1, "and") || kg_tok_word_is (c, last + 1, "&"))
              && phrase_at (c, c->rules->roles, c->rules->max_role_words, last + 2, &more))
            {
              preds[n++] = GPOINTER_TO_INT (more.value) - 1;
              last = more.last;
            }
          apposition_en (f, ph.first, last, preds, n);
          ph.last = last;
        }
      i = ph.last;
    }
}

/* The company a relational noun at token \p at belongs to: the name right
 * before it, or before one or two bare nouns ("아마존의 클라우드 자회사");
 * else, for "투자사인 아마존" (the noun with 인), the nearest subject before it
 * in the sentence that the relation fits ("오픈AI가 ... 경쟁 AI 기업인
 * xAI를": a company competes with a company, not with a person). */
static const KgMention *
anchor_of (const KgRelScan *f, guint at, gboolean copula, const KgRelNoun *rn,
           const KgMention *name)
{
  const KgClauses *c = f->clauses;
  for (int k = (int)at - 1, words = 0; k >= 0 && words <= 2; k--, words++)
    {
      const KgTok *t = kg_tok (c, k);
      if (t->kind == KG_TOK_MENTION)
        {
          if (bare (c, k, TRUE))
            return t->mention;
          break;
        }
      if (t->kind != KG_TOK_WORD || (c->lang == KG_LANG_EN && words >= 1))
        break;
      g_autofree char *w = kg_tok_text (c, k);
      if (g_regex_match (c->rules->clause_break, w, 0, NULL))
        break;
    }
  if (c->lang == KG_LANG_EN || !copula || name == NULL)
    return NULL;
  for (int k = (int)at - 1; k >= 0; k--)
    {
      const KgTok *t = kg_tok (c, k);
      if (t->kind != KG_TOK_MENTION || t->quote >= 0
          || (t->role != KG_ROLE_SUBJECT && t->role != KG_ROLE_ALSO))
        continue;
      KgType st = rn->name_is_subject ? name->type : t->mention->type;
      KgType ot = rn->name_is_subject ? t->mention->type : name->type;
      if (kg_rules_fit (f->rules, rn->pred, st, ot))
        return t->mention;
    }
  return NULL;
}

/* "is", "was", "one of" ... right before token \p i (English). */
static gboolean
copula_before (const KgClauses *c, guint i)
{
  static const char *const words[] = { "is", "was", "are", "were", "remains", "became", "of",
                                       "as", "been" };
  for (int k = (int)i - 1; k >= 0 && k >= (int)i - 2; k--)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      if (kg_tok_word_is (c, k, words[w]))
        return TRUE;
  return FALSE;
}

static int
nearest_name_before (const KgClauses *c, guint i)
{
  for (int k = (int)i - 1; k >= 0 && kg_tok (c, k)->clause == kg_tok (c, i)->clause; k--)
    if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->role == KG_ROLE_NONE)
      return k;
  return -1;
}

/* Adds the relation a relational noun states.  Inside a noun phrase
 * ("투자사인 아마존") it is presupposed, so the verb of the clause does not
 * negate it ("... 참여기업은 돈이 없다"): \p fixed says so. */
static void
relate (KgRelScan *f, const KgRelNoun *rn, const KgMention *name, const KgMention *anchor,
        guint at, gboolean fixed)
{
  if (name == NULL || anchor == NULL || name == anchor)
    return;
  KgPredicate pred = rn->pred;
  gboolean added
    = rn->name_is_subject
        ? kg_found_add (f, name, &pred, 1, anchor, RELNOUN_STRENGTH, at, kg_tok (f->clauses, at)->end)
        : kg_found_add (f, anchor, &pred, 1, name, RELNOUN_STRENGTH, at, kg_tok (f->clauses, at)->end);
  if (added && fixed)
    g_array_index (f->found, KgFound, f->found->len - 1).fixed_status = TRUE;
}

void
kg_find_relational_nouns (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  for (guint i = 0; i < c->toks->len; i++)
    {
      Phrase ph;
      if (kg_tok (c, i)->kind != KG_TOK_WORD
          || !phrase_at (c, c->rules->relnouns, c->rules->max_relnoun_words, i, &ph))
        continue;
      const KgRelNoun *rn = ph.value;
      guint after = ph.last + 1;
      const KgTok *next = after < c->toks->len ? kg_tok (c, after) : NULL;
      if (c->lang == KG_LANG_KO)
        {
          if (next != NULL && next->kind == KG_TOK_MENTION
              && (ph.tail_len == 0 || tail_is (&ph, "인") || tail_is (&ph, "이자")))
            /* 투자사인 아마존, 오픈AI 경쟁사 구글 */
            relate (f, rn, next->mention,
                    anchor_of (f, ph.first, ph.tail_len > 0, rn, next->mention), ph.last, TRUE);
          else if (tail_is (&ph, "다") || tail_is (&ph, "이다") || tail_is (&ph, "였다")
                   || tail_is (&ph, "이며") || tail_is (&ph, "이자") || tail_is (&ph, "로")
                   || tail_is (&ph, "으로"))
            {
              /* 구글도 앤트로픽의 주요 투자자다; LG AI연구원은 LG그룹의 AI
               * 연구 조직이다; 클로드는 챗GPT 대항마로 꼽힌다 */
              int anchor = -1;
              for (int k = (int)ph.first - 1, words = 0; k >= 0 && words <= 2; k--, words++)
                if (kg_tok (c, k)->kind == KG_TOK_MENTION)
                  {
                    if (bare (c, k, TRUE))
                      anchor = k;
                    break;
                  }
                else if (kg_tok (c, k)->kind != KG_TOK_WORD)
                  break;
              const KgMention *name = NULL;
              for (int k = anchor - 1; anchor > 0 && k >= 0 && kg_tok (c, k)->clause == kg_tok (c, i)->clause; k--)
                if (kg_tok (c, k)->kind == KG_TOK_MENTION
                    && (kg_tok (c, k)->role == KG_ROLE_SUBJECT || kg_tok (c, k)->role == KG_ROLE_ALSO))
                  {
                    name = kg_tok (c, k)->mention;
                    break;
                  }
              if (anchor >= 0)
                relate (f, rn, name, kg_tok (c, anchor)->mention, ph.last, FALSE);
            }
        }
      if (c->lang == KG_LANG_KO && ph.first >= 2 && kg_tok (c, ph.first - 1)->kind == KG_TOK_MENTION
          && bare (c, (int)ph.first - 1, FALSE))
        {
          /* 오픈AI 등 스타게이트 참여기업: the names before "등" */
          int names = -1;
          if (kg_tok_word_is (c, ph.first - 2, "등") && ph.first >= 3)
            names = (int)ph.first - 3;
          else if (kg_tok (c, ph.first - 2)->kind == KG_TOK_MENTION)
            {
              const KgTok *nt = kg_tok (c, ph.first - 2);
              if (nt->tail_end - nt->tail_start == strlen ("등")
                  && memcmp (c->doc->text + nt->tail_start, "등", strlen ("등")) == 0)
                names = (int)ph.first - 2;
            }
          if (names >= 0 && kg_tok (c, names)->kind == KG_TOK_MENTION)
            {
              guint m[16];
              guint n = kg_group_members (c, (guint)names, m, G_N_ELEMENTS (m));
              for (guint k = 0; k < n; k++)
                relate (f, rn, kg_tok (c, m[k])->mention, kg_tok (c, ph.first - 1)->mention,
                        ph.last, TRUE);
            }
        }
      else if (ph.first >= 1 && kg_tok (c, ph.first - 1)->kind == KG_TOK_MENTION
               && kg_tok (c, ph.first - 1)->role == KG_ROLE_POSSESSIVE && copula_before (c, ph.first - 1))
        {
          /* Microsoft was one of Inflection's backers */
          int k = nearest_name_before (c, ph.first - 1);
          if (k >= 0)
            relate (f, rn, kg_tok (c, k)->mention, kg_tok (c, ph.first - 1)->mention, ph.last,
                    FALSE);
        }
      else if (c->lang == KG_LANG_EN && ph.first >= 1 && kg_tok (c, ph.first - 1)->kind == KG_TOK_MENTION
               && kg_tok (c, ph.first - 1)->role == KG_ROLE_POSSESSIVE
               && (kg_tok_word_is (c, after, "is") || kg_tok_word_is (c, after, "was")
                   || kg_tok_word_is (c, after, "are") || kg_tok_word_is (c, after, "were")
                   || (next != NULL && next->kind == KG_TOK_PUNCT
                       && g_utf8_get_char (c->doc->text + next->start) == ','))
               && after + 1 < c->toks->len && kg_tok (c, after + 1)->kind == KG_TOK_MENTION)
        {
          /* "Its fiercest rival is Snowflake"; "Anthropic's biggest backer is Amazon";
           * "OpenAI's biggest rival, Anthropic," */
          guint m[16];
          guint n = kg_group_members (c, after + 1, m, G_N_ELEMENTS (m));
          for (guint k = 0; k < n; k++)
            relate (f, rn, kg_tok (c, m[k])->mention, kg_tok (c, ph.first - 1)->mention, ph.last,
                    FALSE);
        }
      else if (c->lang == KG_LANG_EN && next != NULL
               && (kg_tok_word_is (c, after, "called") || kg_tok_word_is (c, after, "named"))
               && after + 1 < c->toks->len && kg_tok (c, after + 1)->kind == KG_TOK_MENTION)
        {
          /* "Microsoft ... a new division called Microsoft AI" */
          const KgMention *name = kg_tok (c, after + 1)->mention;
          for (int k = (int)ph.first - 1; k >= 0 && kg_tok (c, k)->clause == kg_tok (c, i)->clause; k--)
            {
              const KgTok *t = kg_tok (c, k);
              if (t->kind != KG_TOK_MENTION || t->role != KG_ROLE_NONE)
                continue;
              KgType st = rn->name_is_subject ? name->type : t->mention->type;
              KgType ot = rn->name_is_subject ? t->mention->type : name->type;
              if (kg_rules_fit (f->rules, rn->pred, st, ot))
                {
                  relate (f, rn, name, t->mention, ph.last, TRUE);
                  break;
                }
            }
        }
      else if (next != NULL && next->kind == KG_TOK_MENTION && next->role == KG_ROLE_NONE)
        /* OpenAI rival Anthropic; Anthropic's backer Amazon */
        relate (f, rn, next->mention, anchor_of (f, ph.first, FALSE, rn, next->mention), ph.last,
                TRUE);
      else if (next != NULL && (kg_tok_word_is (c, after, "of") || kg_tok_word_is (c, after, "in")
                                || kg_tok_word_is (c, after, "to"))
               && after + 1 < c->toks->len && kg_tok (c, after + 1)->kind == KG_TOK_MENTION)
        {
          /* Amazon, an investor in Anthropic; X is a rival of Y */
          int k = (int)ph.first - 1;
          while (k >= 0 && (kg_tok_word_is (c, k, "a") || kg_tok_word_is (c, k, "an")
                            || kg_tok_word_is (c, k, "the") || kg_tok_word_is (c, k, "major")
                            || kg_tok_word_is (c, k, "key") || kg_tok_word_is (c, k, "early")
                            || kg_tok_word_is (c, k, "is") || kg_tok_word_is (c, k, "was")))
            k--;
          if (k >= 0 && kg_tok (c, k)->kind == KG_TOK_PUNCT)
            k--;
          if (k >= 0 && kg_tok (c, k)->kind == KG_TOK_MENTION)
            relate (f, rn, kg_tok (c, k)->mention, kg_tok (c, after + 1)->mention, ph.last, TRUE);
        }
      i = ph.last;
    }
}

/* English words that may stand between a maker and its product: "Nvidia's
 * new flagship H100", "Google's latest model Gemini". */
gboolean
kg_product_word_en (const KgClauses *c, guint k)
{
  static const char *const words[] = { "new", "latest", "flagship", "own", "newest", "next",
                                       "chip", "chips", "model", "models", "GPU", "GPUs",
                                       "accelerator", "accelerators", "processor", "chatbot",
                                       "assistant", "AI", "supercomputer", "family", "series",
                                       "flagship", "upcoming", "first", "second", "open-source",
                                       "language", "large", "generative", "data-center", "Instinct" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (kg_tok_word_is (c, k, words[i]))
      return TRUE;
  return FALSE;
}

/* A Korean word in the gap must be a bare noun, or a noun with 인 ("최신
 * 이미지 생성 모델인 달리"): no other particle, no verb. */
static gboolean
breaks_maker_ko (const KgClauses *c, guint k)
{
  g_autofree char *w = kg_tok_text (c, k);
  if (g_regex_match (c->rules->clause_break, w, 0, NULL))
    return TRUE;
  gsize n = strlen (w);
  for (gsize cut = 1; cut < n; cut++)
    if ((((guint8)w[cut]) & 0xC0) != 0x80 && g_hash_table_contains (c->rules->particles, w + cut))
      return strcmp (w + cut, "인") != 0;
  return FALSE;
}

/* A company right before a model or a chip makes it: "엔비디아 H100",
 * "오픈AI의 챗GPT", "엔비디아의 고성능 GPU 'H100'", "Nvidia's H100",
 * "Google Gemini".  Only the first name after the company counts, so in
 * "OpenAI의 GPT-4, DeepSeek R1" DeepSeek R1 is not OpenAI's. */
/* A noun with a copula, "슈퍼컴퓨터입니다", "칩이다", "모델이다", not a verb
 * ("생산된다", "했다"). */
static gboolean
is_copula_noun (const char *w)
{
  static GRegex *verb = NULL;
  if (g_once_init_enter (&verb))
    g_once_init_leave (&verb, g_regex_new ("(?:한다|된다|있다|없다|었다|았다|했다|됐다|진다|난다|"
                                           "온다|간다|낸다|친다|준다|본다|렸다|켰다|섰다|하다|되다|"
                                           "합니다|됩니다|습니다)$",
                                           G_REGEX_OPTIMIZE, 0, NULL));
  return (g_str_has_suffix (w, "다") && !g_regex_match (verb, w, 0, NULL))
         || g_str_has_suffix (w, "입니다");
}

/* "DGX-1은 엔비디아의 딥러닝 전용 슈퍼컴퓨터입니다": a model or chip as the
 * subject, a company's possessive and a noun with a copula end the clause. */
static void
maker_predicate (KgRelScan *f, guint p)
{
  const KgClauses *c = f->clauses;
  static const KgPredicate developed = KG_PRED_DEVELOPED;
  const KgTok *pt = kg_tok (c, p);
  for (guint k = p + 1; k < c->toks->len && kg_tok (c, k)->clause == pt->clause; k++)
    {
      const KgTok *o = kg_tok (c, k);
      if (o->kind == KG_TOK_MENTION)
        {
          if (o->mention->type != KG_TYPE_ORGANIZATION || o->role != KG_ROLE_POSSESSIVE)
            return;
          guint words = 0, j = k + 1;
          for (; j < c->toks->len && kg_tok (c, j)->kind == KG_TOK_WORD && words < 5; j++)
            words++;
          if (words == 0 || (j < c->toks->len && kg_tok (c, j)->kind != KG_TOK_PUNCT))
            return;
          for (guint g = k + 1; g + 1 < j; g++)
            if (breaks_maker_ko (c, g))
              return;
          g_autofree char *w = kg_tok_text (c, j - 1);
          if (is_copula_noun (w))
            kg_found_add (f, o->mention, &developed, 1, pt->mention, MAKER_STRENGTH, k, o->tail_end);
          return;
        }
    }
}

/* Are two ids of one product line ("command-r", "command-r-plus")? Only
 * those share a maker in a list: "Meta's Llama and Mixtral" do not. */
static gboolean
same_line (const char *a, const char *b)
{
  const char *da = strchr (a, '-'), *db = strchr (b, '-');
  gsize la = da != NULL ? (gsize)(da - a) : strlen (a), lb = db != NULL ? (gsize)(db - b) : strlen (b);
  return la == lb && strncmp (a, b, la) == 0;
}

void
kg_find_makers (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  static const KgPredicate developed = KG_PRED_DEVELOPED;
  for (guint i = 0; i < c->toks->len; i++)
    {
      const KgTok *t = kg_tok (c, i);
      if (c->lang == KG_LANG_KO && t->kind == KG_TOK_MENTION && t->role == KG_ROLE_SUBJECT
          && (t->mention->type == KG_TYPE_MODEL || t->mention->type == KG_TYPE_HARDWARE))
        maker_predicate (f, i);
      if (t->kind == KG_TOK_MENTION && t->maker_of >= 0)
        kg_found_add (f, t->mention, &developed, 1, kg_tok (c, (guint)t->maker_of)->mention,
                      MAKER_STRENGTH, i, t->tail_end);
      if (t->kind != KG_TOK_MENTION || t->mention->type != KG_TYPE_ORGANIZATION
          || (t->role != KG_ROLE_NONE && t->role != KG_ROLE_POSSESSIVE) || !bare (c, (int)i, TRUE))
        continue;
      guint words = 0;
      for (guint k = i + 1; k < c->toks->len && words <= 4; k++)
        {
          const KgTok *u = kg_tok (c, k);
          if (u->clause != t->clause)
            break;
          if (u->kind == KG_TOK_MENTION)
            {
              KgType ty = u->mention->type;
              if (ty != KG_TYPE_MODEL && ty != KG_TYPE_HARDWARE)
                break;
              kg_found_add (f, t->mention, &developed, 1, u->mention, MAKER_STRENGTH, i, t->tail_end);
              /* "Cohere's Command R and Command R+ models": the whole list */
              int g = u->group >= 0 ? u->group : (int)k;
              for (guint j = k + 1; j < c->toks->len; j++)
                {
                  const KgTok *v = kg_tok (c, j);
                  if (v->kind == KG_TOK_MENTION && v->group == g && v->mention->type == ty
                      && same_line (u->mention->entity_id, v->mention->entity_id))
                    kg_found_add (f, t->mention, &developed, 1, v->mention, MAKER_STRENGTH, i,
                                  t->tail_end);
                }
              break;
            }
          if (u->kind == KG_TOK_PUNCT)
            {
              gunichar ch = g_utf8_get_char (c->doc->text + u->start);
              if (ch != '(' && ch != ')' && ch != '\'' && ch != '"' && ch != 0x2018 && ch != 0x201C)
                break;
              continue;
            }
          words++;
          if (c->lang == KG_LANG_EN ? (words > 2 || !kg_product_word_en (c, k)) : breaks_maker_ko (c, k))
            break;
        }
    }
}

/* A model version and its family named in one sentence ("클로드 3 오퍼스,
 * ... 클로드 3"): the lexicon says the version belongs to the family; the
 * sentence is the evidence that the text ties them. */
void
kg_find_families (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  const KgLexicon *lex = c->doc->extractor->lexicon;
  static const KgPredicate part_of = KG_PRED_PART_OF;
  for (guint i = 0; i < c->toks->len; i++)
    {
      const KgTok *t = kg_tok (c, i);
      if (t->kind != KG_TOK_MENTION)
        continue;
      const KgLexEntry *e = g_hash_table_lookup (lex->by_id, t->mention->entity_id);
      if (e == NULL || e->family == NULL)
        continue;
      for (guint k = 0; k < c->toks->len; k++)
        {
          const KgTok *u = kg_tok (c, k);
          if (u->kind == KG_TOK_MENTION && strcmp (u->mention->entity_id, e->family) == 0)
            {
              kg_found_add (f, t->mention, &part_of, 1, u->mention, MAKER_STRENGTH, i, t->tail_end);
              break;
            }
        }
    }
}

/* The predicate of the title word at token @k, a Korean particle glued on
 * or not: "대표가" -> leads; KG_PRED_N if it is no title. */
static KgPredicate
title_pred (const KgClauses *c, guint k)
{
  g_autofree char *w = kg_tok_text (c, k);
  gsize len = strlen (w);
  for (gsize cut = len; cut > 0; cut--)
    {
      if (cut < len && (((guint8)w[cut]) & 0xC0) == 0x80)
        continue;
      if (cut < len && !g_hash_table_contains (c->rules->particles, w + cut))
        continue;
      g_autofree char *stem = g_strndup (w, cut);
      gpointer v = g_hash_table_lookup (c->rules->roles, stem);
      if (v != NULL)
        return GPOINTER_TO_INT (v) - 1;
    }
  return KG_PRED_N;
}

void
kg_find_founder_titles (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  static const KgPredicate leads = KG_PRED_LEADS;
  if (c->lang != KG_LANG_KO)
    return;
  for (guint i = 0, n = f->found->len; i < n; i++)
    {
      KgFound x = g_array_index (f->found, KgFound, i);
      if (x.pred != KG_PRED_FOUNDED || x.subject->type != KG_TYPE_PERSON)
        continue;
      for (guint k = 0; k + 1 < c->toks->len; k++)
        if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->mention == x.subject)
          {
            /* "X를 창업한 정태윤 대표": the title is X's, unless the person
             * founded another company in the sentence too ("X를 공동 창업한
             * 량원펑 CEO가 세웠다": the CEO of what he founded last) */
            gboolean other = FALSE;
            for (guint j = 0; j < n && x.trigger_tok < k; j++)
              {
                const KgFound *y = &g_array_index (f->found, KgFound, j);
                other = other || (y->pred == KG_PRED_FOUNDED && y->subject == x.subject
                                  && y->object != x.object);
              }
            if (other)
              break;
            /* the title right after the name, one the appositions took */
            const KgTok *u = kg_tok (c, k + 1);
            if (u->kind == KG_TOK_WORD && u->absorbed && title_pred (c, k + 1) == KG_PRED_LEADS)
              kg_found_add (f, x.subject, &leads, 1, x.object, x.strength, x.trigger_tok,
                            x.trigger_end);
            break;
          }
    }
}

/* "OpenAI, whose ChatGPT now answers", "G42, whose chief executive is
 * Peng Xiao": a company's product, or the holder of its title, after
 * "whose". */
void
kg_find_whose (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  static const KgPredicate developed = KG_PRED_DEVELOPED;
  if (c->lang != KG_LANG_EN)
    return;
  for (guint i = 2; i + 1 < c->toks->len; i++)
    {
      if (!kg_tok_word_is (c, i, "whose") || kg_tok (c, i - 1)->kind != KG_TOK_PUNCT
          || kg_tok (c, i - 2)->kind != KG_TOK_MENTION
          || kg_tok (c, i - 2)->mention->type != KG_TYPE_ORGANIZATION)
        continue;
      const KgMention *org = kg_tok (c, i - 2)->mention;
      const KgTok *n = kg_tok (c, i + 1);
      if (n->kind == KG_TOK_MENTION)
        {
          if (n->mention->type == KG_TYPE_MODEL || n->mention->type == KG_TYPE_HARDWARE)
            kg_found_add (f, org, &developed, 1, n->mention, MAKER_STRENGTH, i + 1, n->end);
          continue;
        }
      /* the title: up to three words before "is" or "was" */
      g_autoptr (GString) title = g_string_new (NULL);
      guint k = i + 1;
      for (; k < c->toks->len && k <= i + 3 && kg_tok (c, k)->kind == KG_TOK_WORD
             && !kg_tok_word_is (c, k, "is") && !kg_tok_word_is (c, k, "was");
           k++)
        {
          g_autofree char *w = kg_tok_text (c, k);
          g_string_append_printf (title, "%s%s", title->len > 0 ? " " : "", w);
        }
      if (k + 1 >= c->toks->len || !(kg_tok_word_is (c, k, "is") || kg_tok_word_is (c, k, "was"))
          || kg_tok (c, k + 1)->kind != KG_TOK_MENTION
          || kg_tok (c, k + 1)->mention->type != KG_TYPE_PERSON)
        continue;
      g_autofree char *lower = g_utf8_strdown (title->str, -1);
      gpointer v = g_hash_table_lookup (c->rules->roles, lower);
      if (v != NULL)
        add (f, kg_tok (c, k + 1)->mention, GPOINTER_TO_INT (v) - 1, org, k, APPOSITION_STRENGTH);
    }
}
