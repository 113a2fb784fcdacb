/* SPDX-License-Identifier: MIT */
/* triggers.c: relations said by a verb or a noun of the trigger tables.
 * Each trigger regex is run over the sentence; where it matches, its shape
 * says where the arguments stand, and they are looked for in the trigger's
 * own clause only:
 *   Korean  finite      SUBJ(은/는/이/가) ... OBJ(을/를) ... 설립했다
 *           adnominal   SUBJ(이/가) 만든 HEAD, or OBJ(을/를) 설립한 HEAD
 *           passive     OBJ(이/가) ... AGENT(에 의해) 인수됐다
 *           reverse     SUBJ ... OBJ 영입했다 (the object works at the subject)
 *           receive     RECEIVER ... GIVER(로부터, 의) 투자를 받았다
 *           participate INVESTORS(이/가) 투자에 참여 (the receiver: the name
 *                       before, or who received an investment just before)
 *           mutual      A와 B 간 경쟁, A는 B와 협력
 *   English active      SUBJ verb [prep] OBJ
 *           passive     OBJ was verb-ed by SUBJ; OBJ, verb-ed by SUBJ; SUBJ-backed OBJ
 *           noun        SUBJ's acquisition of OBJ
 * A subject missing from a later clause is the sentence's topic, so
 * "머스크는 ... 물러났으며, 이후 xAI를 설립했다" keeps Musk. */
#include <string.h>

#include "relations.h"

#define TRIGGER_STRENGTH 2
#define MAX_GROUP 12

/* The nearest mention before token \p t in the clause and quote of \p t
 * whose role is in \p roles.  @return its token, or -1. */
static int
nearest_before (const KgClauses *c, guint t, guint roles, int stop)
{
  const KgTok *at = kg_tok (c, MIN (t, c->toks->len - 1));
  for (int k = (int)t - 1; k >= 0 && k > stop; k--)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->clause != at->clause)
        break;
      if (tok->absorbed)
        continue;
      if (tok->kind == KG_TOK_MENTION && (roles & (1u << tok->role)))
        return k;
    }
  return -1;
}

/* The first mention after token \p t within \p reach tokens, in the same
 * clause, whose role is in \p roles; words may stand between, commas may
 * not (unless \p commas). */
static int
first_after (const KgClauses *c, guint t, guint roles, guint reach, gboolean commas)
{
  const KgTok *at = kg_tok (c, t);
  for (guint k = t + 1; k < c->toks->len && k <= t + reach; k++)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->clause != at->clause && !(c->lang == KG_LANG_EN && k == t + 1))
        break;
      if (tok->absorbed)
        continue;
      /* "beat Nvidia's H100": the possessor is not the object; but in
       * "uses Nvidia's chips" the company is all there is */
      if (tok->kind == KG_TOK_MENTION && c->lang == KG_LANG_EN && tok->role == KG_ROLE_POSSESSIVE
          && !(roles & (1u << KG_ROLE_POSSESSIVE)) && k + 1 < c->toks->len)
        {
          static const char *const kinds[] = { "chips", "GPUs", "processors", "accelerators",
                                               "cloud", "servers", "data", "hardware", "models",
                                               "chip", "GPU", "processor", "semiconductors" };
          for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
            if (kg_tok_word_is (c, k + 1, kinds[i]))
              return (roles & (1u << KG_ROLE_NONE)) ? (int)k : -1;
          continue;
        }
      /* "with the Claude developer": a name before a maker's noun stands
       * for its maker, and is no object */
      if (tok->kind == KG_TOK_MENTION && c->lang == KG_LANG_EN && k + 1 < c->toks->len)
        {
          static const char *const makers[] = { "developer", "maker", "owner", "parent",
                                                "creator", "operator", "chipmaker", "builder" };
          for (guint i = 0; i < G_N_ELEMENTS (makers); i++)
            if (kg_tok_word_is (c, k + 1, makers[i]))
              return -1;
        }
      if (tok->kind == KG_TOK_MENTION)
        return (roles & (1u << tok->role)) ? (int)k : -1;
      if (tok->kind == KG_TOK_PUNCT && !commas)
        {
          gunichar ch = g_utf8_get_char (c->doc->text + tok->start);
          /* quotes around a name are fine: 만든 AI 챗봇 '그록2' */
          if (ch != '\'' && ch != '"' && ch != 0x2018 && ch != 0x201C && ch != 0x300C)
            return -1;
        }
    }
  return -1;
}

/* The head noun of a Korean adnominal verb at token \p t: the first name
 * after it, over bare nouns and possessives ("사용하는 세계 최대 규모의 AI
 * 슈퍼컴퓨터 '콜로서스'"), but not past a noun that takes a particle of its
 * own ("발표한 것이 ... 머스크의"): that noun was the head. */
static int
head_after (const KgClauses *c, guint t, guint reach)
{
  const KgTok *at = kg_tok (c, t);
  for (guint k = t + 1; k < c->toks->len && k <= t + reach; k++)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->clause != at->clause && k > t + 1)
        break;
      if (tok->absorbed)
        continue;
      if (tok->kind == KG_TOK_MENTION)
        return (int)k;
      if (tok->kind == KG_TOK_PUNCT)
        {
          gunichar ch = g_utf8_get_char (c->doc->text + tok->start);
          if (ch != '\'' && ch != '"' && ch != 0x2018 && ch != 0x201C && ch != 0x300C)
            return -1;
          continue;
        }
      g_autofree char *w = kg_tok_text (c, k);
      gsize n = strlen (w);
      for (gsize cut = 1; cut < n; cut++)
        {
          if ((((guint8)w[cut]) & 0xC0) == 0x80)
            continue;
          gpointer v = g_hash_table_lookup (c->rules->particles, w + cut);
          if (v != NULL && GPOINTER_TO_INT (v) - 1 != KG_ROLE_POSSESSIVE
              && GPOINTER_TO_INT (v) - 1 != KG_ROLE_COPULA)
            return -1;
          if (v != NULL)
            break;
        }
      if (g_str_has_prefix (w, "것") || g_str_has_prefix (w, "데") || g_str_has_prefix (w, "뒤")
          || g_str_has_prefix (w, "후"))
        return -1;
    }
  return -1;
}

static guint
members (const KgClauses *c, int tok, guint *out)
{
  if (tok < 0)
    return 0;
  return kg_group_members (c, (guint)tok, out, MAX_GROUP);
}

/* Adds the relation for every pair of \p subjects x \p objects. */
static void
add_pairs (KgRelScan *f, const KgTrigger *tr, const guint *s, guint ns, const guint *o, guint no,
           guint at, gsize trigger_end)
{
  const KgClauses *c = f->clauses;
  for (guint i = 0; i < ns; i++)
    for (guint j = 0; j < no; j++)
      {
        const KgMention *object = kg_tok (c, o[j])->mention;
        if (tr->object_types != 0 && !(tr->object_types & (1u << object->type)))
          continue;
        kg_found_add (f, kg_tok (c, s[i])->mention, tr->preds, tr->n_preds, object,
                      TRIGGER_STRENGTH, at, trigger_end);
      }
}

/* A noun with 을/를 between the name and the verb is the verb's object:
 * "GPT-4o를 바탕으로 ... 특화 모델을 개발" develops the model, not GPT-4o. */
static gboolean
word_object_between (const KgClauses *c, guint obj, guint t)
{
  if (kg_tok (c, obj)->role != KG_ROLE_OBJECT)
    return FALSE;
  /* a name with no particle of its own took it from the word after it
   * ("H100 10만개를", "스타게이트 사업을"): that word is no other object */
  guint from = obj + 1;
  if (kg_tok (c, obj)->tail_end == kg_tok (c, obj)->tail_start)
    from++;
  for (guint k = from; k < t; k++)
    {
      const KgTok *w = kg_tok (c, k);
      if (w->kind != KG_TOK_WORD || w->absorbed)
        continue;
      g_autofree char *s = kg_tok_text (c, k);
      /* "보스턴 다이내믹스 지분 80%를": the share's amount is no other object */
      if ((g_str_has_suffix (s, "을") || g_str_has_suffix (s, "를")) && !(g_ascii_isdigit (*s) && strchr (s, '%') != NULL))
        return TRUE;
    }
  return FALSE;
}

/* The subject a clause leaves out: the nearest earlier name marked as the
 * topic (은/는), else the nearest earlier subject, outside quotes.
 * @return the size of its group in \p out, or 0. */
/* Every pair of the group \p s ("A, B, C 간 경쟁"); with f->focal ("A vs B
 * vs C") only the first with each of the others. */
static void
add_pairwise (KgRelScan *f, const KgTrigger *tr, const guint *s, guint ns, guint at,
              gsize trigger_end)
{
  for (guint i = 0; i < ns; i++)
    for (guint j = i + 1; j < ns; j++)
      if (!f->focal || i == 0)
        add_pairs (f, tr, &s[i], 1, &s[j], 1, at, trigger_end);
}

static guint
topic_for (const KgRelScan *f, guint t, guint *out)
{
  const KgClauses *c = f->clauses;
  if (kg_tok (c, t)->quote >= 0)
    return 0;
  int best = -1;
  for (int k = (int)t - 1; k >= 0; k--)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->kind != KG_TOK_MENTION || tok->quote >= 0
          || (tok->role != KG_ROLE_SUBJECT && tok->role != KG_ROLE_ALSO))
        continue;
      if (tok->topic)
        {
          best = k;
          break;
        }
      if (best < 0)
        best = k;
    }
  return best >= 0 ? members (c, best, out) : 0;
}

#define ROLE(r) (1u << KG_ROLE_##r)

/* The subject group of a Korean verb at \p t: the nearest 은/는/이/가 before
 * \p before, else the topic; plus names "와 함께" beside it. */
/* A subject followed by an adnominal verb before \p until is the subject of
 * a relative clause: "MS는 샘 올트먼 CEO가 이끄는 오픈AI에 투자했다". */
static gboolean
in_relative (const KgClauses *c, int s, guint until)
{
  if (c->rules->adnominal == NULL)
    return FALSE;
  for (guint k = (guint)s + 1; k < until; k++)
    if (kg_tok (c, k)->kind == KG_TOK_WORD && !kg_tok (c, k)->absorbed)
      {
        g_autofree char *w = kg_tok_text (c, k);
        if (g_regex_match (c->rules->adnominal, w, 0, NULL))
          return TRUE;
      }
  return FALSE;
}

static guint
subjects_ko (const KgRelScan *f, guint t, int before, guint *out)
{
  const KgClauses *c = f->clauses;
  guint from = before >= 0 ? (guint)before : t;
  int s = nearest_before (c, from, ROLE (SUBJECT) | ROLE (ALSO), -1);
  while (s >= 0 && in_relative (c, s, from))
    s = nearest_before (c, (guint)s, ROLE (SUBJECT) | ROLE (ALSO), -1);
  guint n = s >= 0 ? members (c, s, out) : topic_for (f, t, out);
  for (int k = (int)t - 1; k >= 0 && kg_tok (c, k)->clause == kg_tok (c, t)->clause; k--)
    if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->strong_with && n < MAX_GROUP)
      out[n++] = (guint)k;
  return n;
}

/* The word after an adnominal verb is a noun with a copula and ends the
 * clause: "창업한 회사다", "만든 기업이다". */
static gboolean
copula_head (const KgClauses *c, guint after)
{
  guint k = after + 1;
  if (k >= c->toks->len || kg_tok (c, k)->kind != KG_TOK_WORD)
    return FALSE;
  g_autofree char *w = kg_tok_text (c, k);
  /* "개발할 계획이다", "출시할 예정이다" say a plan, not a head noun */
  static const char *const modal[] = { "계획", "예정", "방침", "전망", "것", "수", "생각", "목표", "방침", "셈" };
  for (guint i = 0; i < G_N_ELEMENTS (modal); i++)
    if (g_str_has_prefix (w, modal[i]))
      return FALSE;
  return g_str_has_suffix (w, "다") && (k + 1 >= c->toks->len || kg_tok (c, k + 1)->kind == KG_TOK_PUNCT);
}

/* "내놓은 뒤", "인수한 후", "개발한 데 이어": a bound noun after the verb */
static gboolean
bound_noun_after (const KgClauses *c, guint after)
{
  static const char *const bound[] = { "뒤", "후", "이후", "직후", "데", "만큼", "바람에", "지" };
  for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
    if (kg_tok_word_is (c, after + 1, bound[i]))
      return TRUE;
  return FALSE;
}

static gboolean
reflexive_before (const KgClauses *c, guint t)
{
  for (int k = (int)t - 1; k >= 0 && k >= (int)t - 3; k--)
    if (kg_tok_word_is (c, k, "자신이") || kg_tok_word_is (c, k, "자사가")
        || kg_tok_word_is (c, k, "자신들이") || kg_tok_word_is (c, k, "스스로"))
      return TRUE;
  return FALSE;
}

typedef struct {
  const char *subject; /* the one countering */
  KgPredicate pred;
  GPtrArray *targets;  /* entity ids (interned) */
} Counter;

static void
collect_counter (KgRelation *r, gpointer user_data)
{
  Counter *k = user_data;
  if (kg_relation_get_predicate (r) == k->pred
      && strcmp (kg_entity_get_id (kg_relation_get_object (r)), k->subject) == 0)
    g_ptr_array_add (k->targets, (gpointer)g_intern_string (kg_entity_get_id (kg_relation_get_subject (r))));
}

/* 맞소송, countersued: the subject does back to whoever the document has
 * already said did it to the subject. */
static void
counter (KgRelScan *f, const KgTrigger *tr, int subj, guint t, gsize mend)
{
  const KgClauses *c = f->clauses;
  if (subj < 0)
    return;
  const KgMention *s = kg_tok (c, (guint)subj)->mention;
  Counter k = { s->entity_id, tr->preds[0], g_ptr_array_new () };
  kg_graph_foreach_relation (c->doc->graph, collect_counter, &k);
  const GArray *ms = c->doc->mentions;
  for (guint i = 0; i < k.targets->len; i++)
    for (guint m = 0; m < ms->len; m++)
      if (g_array_index (ms, KgMention, m).entity_id == k.targets->pdata[i])
        {
          kg_found_add (f, s, &k.pred, 1, &g_array_index (ms, KgMention, m), TRIGGER_STRENGTH - 1, t,
                        mend);
          break;
        }
  g_ptr_array_unref (k.targets);
}

static void
also_like_before (KgRelScan *f, const KgTrigger *tr, guint subj, guint t, gsize mend)
{
  const KgClauses *c = f->clauses;
  for (guint i = 0; f->prev_found != NULL && i < f->prev_found->len; i++)
    {
      const KgFound *x = &g_array_index (f->prev_found, KgFound, i);
      for (guint p = 0; p < tr->n_preds; p++)
        if (x->pred == tr->preds[p] && !x->fixed_status)
          kg_found_add (f, kg_tok (c, subj)->mention, &x->pred, 1, x->object, TRIGGER_STRENGTH - 1,
                        t, mend);
    }
}

/* "퓨리오사AI는 ... 백준호 대표가 창업했다", "GPT-4는 오픈AI가 개발했다":
 * a founding, making or buying verb with a subject (이/가) and no object
 * has the topic (은/는) before that subject as its object. */
static int
topic_as_object (const KgClauses *c, const KgTrigger *tr, guint t, int *subject)
{
  KgPredicate p = tr->preds[0];
  if (p != KG_PRED_FOUNDED && p != KG_PRED_DEVELOPED && p != KG_PRED_ACQUIRED)
    return -1;
  int subj = nearest_before (c, t, ROLE (SUBJECT), -1);
  if (subj < 0 || kg_tok (c, subj)->topic)
    return -1;
  int first = kg_tok (c, subj)->group >= 0 ? kg_tok (c, subj)->group : subj;
  for (int k = first - 1; k >= 0; k--)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->kind == KG_TOK_MENTION && tok->role == KG_ROLE_SUBJECT && tok->topic
          && tok->quote == kg_tok (c, t)->quote)
        {
          if (tok->mention->entity_id == kg_tok (c, subj)->mention->entity_id)
            return -1;
          *subject = subj;
          return k;
        }
    }
  return -1;
}

/* "메타는 스케일AI 지분 49%를 인수했다": buying a share of a company is
 * owning part of it, not acquiring it: @tr with owns, in @share. */
static const KgTrigger *
share_trigger (const KgClauses *c, const KgTrigger *tr, int obj, KgTrigger *share)
{
  if (tr->preds[0] != KG_PRED_ACQUIRED || obj < 0 || (guint)obj + 1 >= c->toks->len
      || kg_tok (c, obj + 1)->kind != KG_TOK_WORD)
    return tr;
  g_autofree char *w = kg_tok_text (c, obj + 1);
  if (!g_str_has_prefix (w, "지분"))
    return tr;
  *share = *tr;
  share->preds[0] = KG_PRED_OWNS;
  share->n_preds = 1;
  return share;
}

/* "만든 곳은 하바나랩스다", "세운 회사는 xAI다": after an adnominal verb,
 * a noun of place or company with 은/는, then a name ending in a copula. */
static int
cleft_subject (const KgClauses *c, guint after)
{
  static const char *const nouns[] = { "곳은", "곳이", "회사는", "기업은", "업체는", "주인공은",
                                       "쪽은", "곳도" };
  guint k = after + 1;
  gboolean noun = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (nouns) && !noun; i++)
    noun = kg_tok_word_is (c, k, nouns[i]);
  if (!noun)
    return -1;
  /* a few words may describe it: "곳은 이스라엘 스타트업 하바나랩스다" */
  guint m = k + 1;
  while (m < c->toks->len && m <= k + 4 && kg_tok (c, m)->kind == KG_TOK_WORD)
    m++;
  if (m >= c->toks->len)
    return -1;
  const KgTok *n = kg_tok (c, m);
  if (n->kind != KG_TOK_MENTION || n->tail_end == n->tail_start)
    return -1;
  k = m - 1;
  gsize len = n->tail_end - n->tail_start;
  const char *tail = c->doc->text + n->tail_start;
  gboolean copula = (len >= 3 && memcmp (tail + len - 3, "다", 3) == 0);
  return copula ? (int)k + 1 : -1;
}

static void
shape_ko (KgRelScan *f, const KgTrigger *tr, guint t, gsize mend)
{
  const KgClauses *c = f->clauses;
  guint s[MAX_GROUP], o[MAX_GROUP], ns = 0, no = 0;
  guint after = kg_tok_at (c, mend > 0 ? mend - 1 : mend);
  switch (tr->shape)
    {
    case KG_SHAPE_FINITE:
      {
        int obj = nearest_before (c, t, tr->object_roles, -1);
        if (obj >= 0 && word_object_between (c, (guint)obj, t))
          return;
        /* "하이플라이어를 공동 창업한 량원펑 CEO가 세웠다": the object of a
         * relative clause is not this verb's */
        if (obj >= 0 && in_relative (c, obj, t))
          obj = -1;
        if (obj < 0)
          {
            /* 앤트로픽은 TPU도 쓴다: 도 marks the object when a subject stands before it. */
            obj = nearest_before (c, t, ROLE (ALSO), -1);
            if (obj >= 0 && nearest_before (c, (guint)obj, ROLE (SUBJECT), -1) < 0)
              {
                /* 메타도 비슷한 규모를 사들였다: X도 does what the sentence
                 * before said, to the same object. */
                also_like_before (f, tr, (guint)obj, t, mend);
                return;
              }
            int subj = -1;
            if (obj < 0 && (obj = topic_as_object (c, tr, t, &subj)) >= 0)
              {
                no = members (c, obj, o);
                ns = members (c, subj, s);
                add_pairs (f, tr, s, ns, o, no, t, mend);
                return;
              }
            if (obj < 0)
              return;
          }
        no = members (c, obj, o);
        KgTrigger share;
        tr = share_trigger (c, tr, obj, &share);
        /* "구글은 픽셀 8 프로에 제미나이 나노를 넣었다": the phone uses it */
        int host = tr->host_roles != 0 ? nearest_before (c, (guint)(kg_tok (c, obj)->group >= 0 ? kg_tok (c, obj)->group : obj),
                                                         tr->host_roles, -1)
                                       : -1;
        if (host >= 0 && kg_tok (c, host)->clause == kg_tok (c, obj)->clause
            && (kg_tok (c, host)->mention->type == KG_TYPE_HARDWARE
                || kg_tok (c, host)->mention->type == KG_TYPE_MODEL))
          {
            ns = members (c, host, s);
            add_pairs (f, tr, s, ns, o, no, t, mend);
            return;
          }
        ns = subjects_ko (f, t, kg_tok (c, obj)->group >= 0 ? kg_tok (c, obj)->group : obj, s);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_ADNOMINAL:
      {
        int head = head_after (c, after, 8);
        /* "가우디를 처음 만든 곳은 하바나랩스다": a cleft; the name after
         * "곳은" with a copula is the subject */
        int cleft = head < 0 ? cleft_subject (c, after) : -1;
        if (cleft >= 0)
          {
            int obj = nearest_before (c, t, tr->object_roles, -1);
            if (obj < 0 || word_object_between (c, (guint)obj, t))
              return;
            guint h[1] = { (guint)cleft };
            no = members (c, obj, o);
            add_pairs (f, tr, h, 1, o, no, t, mend);
            return;
          }
        if (head < 0 && copula_head (c, after))
          {
            /* 앤트로픽은 ... 아모데이 남매가 창업한 회사다: the topic is the head. */
            guint tp[MAX_GROUP];
            if (topic_for (f, t, tp) > 0)
              head = (int)tp[0];
          }
        if (head < 0 && bound_noun_after (c, after))
          {
            /* "훈위안을 내놓은 뒤": the verb ends its own clause */
            int obj = nearest_before (c, t, tr->object_roles, -1);
            if (obj < 0 || word_object_between (c, (guint)obj, t))
              return;
            KgTrigger share;
            tr = share_trigger (c, tr, obj, &share);
            no = members (c, obj, o);
            ns = subjects_ko (f, t, kg_tok (c, obj)->group >= 0 ? kg_tok (c, obj)->group : obj, s);
            add_pairs (f, tr, s, ns, o, no, t, mend);
            return;
          }
        if (head < 0)
          return;
        int obj = nearest_before (c, t, tr->object_roles, -1);
        guint h[1] = { (guint)head };
        if (obj >= 0 && word_object_between (c, (guint)obj, t))
          return;
        if (obj >= 0)
          {
            /* 오픈AI를 설립한 머스크: the head is the subject. */
            KgTrigger share;
            tr = share_trigger (c, tr, obj, &share);
            no = members (c, obj, o);
            add_pairs (f, tr, h, 1, o, no, t, mend);
            return;
          }
        int subj = nearest_before (c, t, ROLE (SUBJECT) | ROLE (ALSO), -1);
        if (subj >= 0 && subj != head)
          ns = members (c, subj, s);
        else if (reflexive_before (c, t))
          ns = topic_for (f, t, s);
        add_pairs (f, tr, s, ns, h, 1, t, mend);
        return;
      }
    case KG_SHAPE_NOMINAL:
      {
        /* 머스크는 '페이팔' 창업으로: the name right before the noun;
         * "앤트로픽에 대한 투자": the name the noun is about */
        if (t >= 2 && kg_tok_word_is (c, t - 1, "대한") && kg_tok (c, t - 2)->kind == KG_TOK_MENTION
            && kg_tok (c, t - 2)->role == KG_ROLE_ABOUT)
          {
            no = members (c, (int)t - 2, o);
            int subj = nearest_before (c, t - 2, ROLE (SUBJECT) | ROLE (ALSO), -1);
            if (subj < 0)
              return;
            ns = members (c, subj, s);
            add_pairs (f, tr, s, ns, o, no, t, mend);
            return;
          }
        if (t == 0 || kg_tok (c, t - 1)->kind != KG_TOK_MENTION)
          return;
        /* "메타의 인수": a possessive before the noun is its agent, not its object */
        KgRole r = kg_tok (c, t - 1)->role;
        if (r != KG_ROLE_NONE && r != KG_ROLE_LIST)
          return;
        no = members (c, (int)t - 1, o);
        int subj = nearest_before (c, t - 1, ROLE (SUBJECT) | ROLE (ALSO), -1);
        /* MS의 인플렉션 인수: the possessor of the object */
        int first = kg_tok (c, t - 1)->group >= 0 ? kg_tok (c, t - 1)->group : (int)t - 1;
        if (subj < 0 && first > 0 && kg_tok (c, first - 1)->kind == KG_TOK_MENTION
            && kg_tok (c, first - 1)->role == KG_ROLE_POSSESSIVE)
          subj = first - 1;
        if (subj >= 0)
          ns = members (c, subj, s);
        /* "오픈AI 창립 당시 샘 올트먼과 그렉 브록먼과 함께": those with
         * whom it was done at the time did it too */
        if (kg_tok_word_is (c, after + 1, "당시") || kg_tok_word_is (c, after + 1, "때"))
          for (guint k = after + 2; k < c->toks->len && kg_tok (c, k)->clause == kg_tok (c, t)->clause; k++)
            if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->strong_with && ns < MAX_GROUP)
              s[ns++] = k;
        if (ns == 0)
          return;
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_BASED:
      {
        /* X 기반의 Y: Y uses X */
        if (t == 0 || kg_tok (c, t - 1)->kind != KG_TOK_MENTION)
          return;
        int user = head_after (c, after, 4);
        if (user < 0)
          return;
        guint a[1] = { (guint)user }, b[1] = { t - 1 };
        add_pairs (f, tr, a, 1, b, 1, t, mend);
        return;
      }
    case KG_SHAPE_COMPOSED:
      {
        /* 클로드 3는 '오퍼스', '소네트', '하이쿠' 세 가지 모델로 구성된다 */
        int parts = nearest_before (c, t, ROLE (AS), -1);
        int whole = parts >= 0 ? nearest_before (c, (guint)MAX (kg_tok (c, parts)->group, 0), ROLE (SUBJECT), -1) : -1;
        if (parts < 0 || whole < 0)
          return;
        ns = members (c, parts, s);
        no = members (c, whole, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_COUNTER:
      {
        int subj = nearest_before (c, t, ROLE (SUBJECT) | ROLE (ALSO), -1);
        if (subj < 0 && topic_for (f, t, s) > 0)
          subj = (int)s[0];
        counter (f, tr, subj, t, mend);
        return;
      }
    case KG_SHAPE_JOINT:
      {
        /* 스타게이트 사업을 오라클, 소프트뱅크와 다시 추진했다 */
        int obj = nearest_before (c, t, ROLE (OBJECT), -1);
        int with = nearest_before (c, t, ROLE (WITH), -1);
        if (obj < 0 || with < 0)
          return;
        no = members (c, obj, o);
        ns = members (c, with, s);
        int subj = nearest_before (c, t, ROLE (SUBJECT), -1);
        if (subj >= 0 && ns < MAX_GROUP)
          s[ns++] = (guint)subj;
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_PASSIVE:
      {
        int obj = nearest_before (c, t, ROLE (SUBJECT), -1);
        int agent = nearest_before (c, t, tr->agent_roles, -1);
        /* "삼성리서치에 의해 개발된 삼성 가우스": the head is the object */
        if (obj < 0 && agent >= 0)
          obj = head_after (c, after, 4);
        if (obj < 0 || agent < 0)
          return;
        no = members (c, obj, o);
        ns = members (c, agent, s);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_REVERSE:
      {
        int who = nearest_before (c, t, ROLE (OBJECT), -1);
        if (who < 0)
          return;
        ns = members (c, who, s);
        int org = nearest_before (c, (guint)who, ROLE (SUBJECT), -1);
        no = org >= 0 ? members (c, org, o) : topic_for (f, t, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_RECEIVE:
      {
        int giver = nearest_before (c, t, ROLE (FROM) | ROLE (TO), -1);
        /* "MS의 투자를 받았다": a possessive only right before the noun */
        if (giver < 0 && t > 0 && kg_tok (c, t - 1)->kind == KG_TOK_MENTION
            && kg_tok (c, t - 1)->role == KG_ROLE_POSSESSIVE)
          giver = (int)t - 1;
        if (giver < 0)
          {
            /* 로부터 says "from" plainly enough to reach back over a clause:
             * "MS로부터 투자를 받으며 ... 노하우까지 제공 받았다" */
            for (int k = (int)t - 1; k >= 0 && giver < 0; k--)
              if (kg_tok (c, k)->kind == KG_TOK_MENTION && kg_tok (c, k)->role == KG_ROLE_FROM
                  && kg_tok (c, k)->quote == kg_tok (c, t)->quote)
                giver = k;
          }
        int recv = nearest_before (c, t, ROLE (SUBJECT), -1);
        /* "미스트랄AI는 A가 주도한 라운드에서 ... 조달했다": not A */
        while (recv >= 0 && in_relative (c, recv, t))
          recv = nearest_before (c, (guint)recv, ROLE (SUBJECT), -1);
        if (recv >= 0)
          no = members (c, recv, o);
        else
          {
            /* MS로부터 투자를 받은 오픈AI */
            int head = head_after (c, after, 3);
            if (head >= 0)
              o[no++] = (guint)head;
            else
              no = topic_for (f, t, o);
          }
        if (no > 0 && kg_tok (c, o[0])->mention->type == KG_TYPE_ORGANIZATION)
          f->receiver = kg_clauses_real (c, kg_tok (c, o[0])->mention);
        if (giver < 0)
          return;
        ns = members (c, giver, s);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        /* "삼성전자는 구글로부터 제미나이 나노를 공급받아": what is received,
         * the receiver uses */
        int what = nearest_before (c, t, ROLE (OBJECT), giver);
        if (what >= 0 && tr->preds[0] == KG_PRED_SUPPLIES)
          {
            static const KgPredicate uses = KG_PRED_USES;
            guint w[MAX_GROUP], nw = members (c, what, w);
            for (guint i = 0; i < no; i++)
              for (guint j = 0; j < nw; j++)
                kg_found_add (f, kg_tok (c, o[i])->mention, &uses, 1, kg_tok (c, w[j])->mention,
                              TRIGGER_STRENGTH, t, mend);
          }
        return;
      }
    case KG_SHAPE_PARTICIPATE:
      {
        /* "A가 투자에 참여", "투자에는 A도 참여": the investors stand before
         * the verb, on either side of the noun */
        guint verb = kg_tok_at (c, mend > 0 ? mend - 1 : mend);
        int inv = nearest_before (c, MIN (verb, c->toks->len), ROLE (SUBJECT) | ROLE (ALSO), -1);
        if (inv < 0)
          return;
        ns = members (c, inv, s);
        const KgMention *target = NULL;
        if (t > 0 && kg_tok (c, t - 1)->kind == KG_TOK_MENTION && (int)(t - 1) != inv)
          target = kg_tok (c, t - 1)->mention;
        else if (f->receiver != NULL)
          target = f->receiver;
        else
          target = f->prev_receiver;
        for (guint i = 0; target != NULL && i < ns; i++)
          kg_found_add (f, kg_tok (c, s[i])->mention, tr->preds, tr->n_preds, target,
                        TRIGGER_STRENGTH, t, mend);
        return;
      }
    case KG_SHAPE_MUTUAL:
      {
        /* A, B 간 경쟁; A와 B의 갈등; A와 B는 협력했다 */
        int near = nearest_before (c, t, ~0u, (int)t - 4);
        if (near >= 0)
          {
            ns = members (c, near, s);
            KgRole r = kg_tok (c, near)->role;
            if (ns >= 2 && r != KG_ROLE_OBJECT && r != KG_ROLE_FROM && r != KG_ROLE_TO
                && r != KG_ROLE_WITH)
              {
                add_pairwise (f, tr, s, ns, t, mend);
                return;
              }
          }
        /* A는 B와 경쟁; B와의 협력 */
        int with = nearest_before (c, t, ROLE (WITH), (int)t - 8);
        if (with < 0)
          {
            /* "KT와 SK텔레콤, LG유플러스는 ... 시장을 놓고 경쟁한다": a list as
             * the subject, however far from the verb */
            int subj = nearest_before (c, t, ROLE (SUBJECT), -1);
            if (subj >= 0 && (ns = members (c, subj, s)) >= 2)
              add_pairwise (f, tr, s, ns, t, mend);
            return;
          }
        no = members (c, with, o);
        int subj = nearest_before (c, (guint)(kg_tok (c, with)->group >= 0 ? kg_tok (c, with)->group : with),
                                   ROLE (SUBJECT), -1);
        /* "리벨리온과 경쟁하는 퓨리오사AI는": the head of the adnominal verb */
        g_autofree char *verb = kg_tok_text (c, after);
        if (subj < 0 && (g_str_has_suffix (verb, "하는") || g_str_has_suffix (verb, "해온")
                         || g_str_has_suffix (verb, "해 온") || g_str_has_suffix (verb, "한")))
          subj = head_after (c, after, 3);
        ns = subj >= 0 ? members (c, subj, s) : topic_for (f, t, s);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    default:
      return;
    }
}

/* Money in the clause after token @last: "raised $6.6 billion", "closed a
 * funding round" (not "took part", "got approval"). */
static gboolean
money_after (const KgClauses *c, guint last)
{
  static const char *const words[] = { "billion", "million", "round", "funding", "financing",
                                        "investment", "capital", "money", "cash" };
  for (guint k = last + 1; k < c->toks->len && k < last + 8; k++)
    {
      if (kg_tok (c, k)->clause != kg_tok (c, last)->clause)
        break;
      if (c->doc->text[kg_tok (c, k)->start] == '$')
        return TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (kg_tok_word_is (c, k, words[i]))
          return TRUE;
    }
  return FALSE;
}

/* Each of the investors at tokens @s put money into @target (not into
 * itself: "Anthropic, with Google participating"). */
static void
investors_of (KgRelScan *f, const KgTrigger *tr, const guint *s, guint ns, const KgMention *target,
              guint t, gsize mend)
{
  for (guint i = 0; i < ns; i++)
    {
      const KgMention *m = kg_tok (f->clauses, s[i])->mention;
      if (m->entity_id != target->entity_id)
        kg_found_add (f, m, tr->preds, tr->n_preds, target, TRIGGER_STRENGTH, t, mend);
    }
  f->receiver = target; /* the next sentence may name more of them */
}

static gboolean
is_aux (const KgClauses *c, int k)
{
  static const char *const aux[] = { "is", "was", "were", "are", "been", "be", "being", "get",
                                     "got", "gets", "has", "have", "had" };
  for (guint i = 0; i < G_N_ELEMENTS (aux); i++)
    if (kg_tok_word_is (c, k, aux[i]))
      return TRUE;
  return FALSE;
}

/* The English subject of a verb at \p t: the nearest bare name before it
 * in its clause; in a relative clause ("X, who founded Y") the name before
 * "who". */
/* An English name right after a past-tense verb is that verb's object
 * ("founded Nervana and sold it"), unless the verb reports ("said"). */
static gboolean
after_past_verb (const KgClauses *c, int k)
{
  if (k <= 0 || kg_tok (c, k - 1)->kind != KG_TOK_WORD)
    return FALSE;
  const KgTok *w = kg_tok (c, k - 1);
  gsize n = w->end - w->start;
  const char *p = c->doc->text + w->start;
  static const char *const irregular[] = { "left", "sold", "bought", "took", "made", "built",
                                           "ran", "led", "won", "beat", "met", "told", "quit",
                                           "sent", "gave", "got", "kept", "paid", "leaves", "quits" };
  for (guint i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (kg_tok_word_is (c, k - 1, irregular[i]))
      return TRUE;
  if (n < 4 || !g_str_has_prefix (p + n - 2, "ed"))
    return FALSE;
  static const char *const reporting[] = { "said", "reported", "noted", "added", "announced",
                                           "confirmed", "stated", "claimed", "argued" };
  for (guint i = 0; i < G_N_ELEMENTS (reporting); i++)
    if (kg_tok_word_is (c, k - 1, reporting[i]))
      return FALSE;
  return TRUE;
}

/* "X, an investment firm founded by Y": the participle after an appositive
 * noun phrase (a determiner, at most four words, a comma and a name before
 * it) describes the name.  @return the name's token, or -1. */
static int
appositive_head (const KgClauses *c, guint t)
{
  int k = (int)t - 1;
  gboolean det = FALSE;
  for (int words = 0; k >= 0 && words <= 5; k--, words++)
    {
      const KgTok *w = kg_tok (c, k);
      if (w->kind != KG_TOK_WORD)
        break;
      if (kg_tok_word_is (c, k, "a") || kg_tok_word_is (c, k, "an") || kg_tok_word_is (c, k, "the"))
        {
          det = TRUE;
          k--;
          break;
        }
    }
  if (!det || k < 1 || kg_tok (c, k)->kind != KG_TOK_PUNCT
      || g_utf8_get_char (c->doc->text + kg_tok (c, k)->start) != ',')
    return -1;
  return kg_tok (c, k - 1)->kind == KG_TOK_MENTION ? k - 1 : -1;
}

/* The object a relative clause leaves out is its head: "DBRX, a model that
 * Databricks released" (the name before "that"), "Nuvia, the chip start-up
 * Qualcomm acquired" (an appositive right before the subject). */
static int
relative_head (const KgClauses *c, guint subj)
{
  int k = (int)subj - 1;
  if (k >= 0 && (kg_tok_word_is (c, k, "that") || kg_tok_word_is (c, k, "which")))
    {
      for (int j = k - 1, words = 0; j >= 0 && words <= 5; j--)
        {
          const KgTok *b = kg_tok (c, j);
          if (b->kind == KG_TOK_MENTION)
            return words > 0 && kg_tok (c, j + 1)->kind == KG_TOK_WORD ? -1 : j;
          if (b->kind == KG_TOK_WORD)
            words++;
          else if (g_utf8_get_char (c->doc->text + b->start) != ',')
            return -1;
        }
      return -1;
    }
  return appositive_head (c, subj);
}

/* "hired Suleyman to lead": the object of a verb of choosing does what the
 * infinitive says; in "left OpenAI to found SSI" the subject does. */
static gboolean
object_controls (const KgClauses *c, int s)
{
  static const char *const verbs[] = { "hired", "hires", "appointed", "appoints", "named", "names",
                                       "tapped", "taps", "recruited", "recruits", "asked", "asks",
                                       "chose", "picked", "selected", "brought", "poached" };
  int k = (kg_tok (c, s)->group >= 0 ? kg_tok (c, s)->group : s) - 1;
  for (guint i = 0; k >= 0 && i < G_N_ELEMENTS (verbs); i++)
    if (kg_tok_word_is (c, (guint)k, verbs[i]))
      return TRUE;
  return FALSE;
}

static int
subject_en (const KgClauses *c, guint t)
{
  int s = nearest_before (c, t, ROLE (NONE) | ROLE (LIST), -1);
  /* ... but "hired Suleyman to lead": the object of hiring leads */
  gboolean infinitive = kg_tok_word_is (c, t, "to") || (t > 0 && kg_tok_word_is (c, t - 1, "to"));
  while (s >= 0 && !(infinitive && object_controls (c, s))
         && after_past_verb (c, kg_tok (c, s)->group >= 0 ? kg_tok (c, s)->group : s))
    s = nearest_before (c, (guint)s, ROLE (NONE) | ROLE (LIST), -1);
  if (s >= 0)
    return s;
  int k = (int)t - 1;
  while (k >= 0 && kg_tok (c, k)->clause == kg_tok (c, t)->clause)
    k--;
  /* "X, a chip that beats Y, carries Z": the clause after a relative
   * clause closed by a comma goes on with the subject before it. */
  if (k >= 0 && kg_tok (c, k + 1)->kind == KG_TOK_PUNCT && k + 1 < (int)t)
    {
      int r = k;
      while (r > 0 && kg_tok (c, r - 1)->clause == kg_tok (c, k)->clause)
        r--;
      if (kg_tok_word_is (c, r, "that") || kg_tok_word_is (c, r, "which")
          || kg_tok_word_is (c, r, "who"))
        return subject_en (c, (guint)r + 1);
    }
  if (k + 1 < (int)t && (kg_tok_word_is (c, k + 1, "who") || kg_tok_word_is (c, k + 1, "which")
                         || kg_tok_word_is (c, k + 1, "that")))
    {
      /* "X, who ..."; "X, a data-center accelerator that ..."; a name
       * inside the appositive ("X, the OpenAI chatbot that ...") is not it */
      for (int words = 0; k >= 0 && words <= 4; k--)
        {
          const KgTok *b = kg_tok (c, k);
          if (b->kind == KG_TOK_MENTION && words > 0 && k + 1 < (int)t
              && kg_tok (c, k + 1)->kind == KG_TOK_WORD && !kg_tok_word_is (c, k + 1, "that")
              && !kg_tok_word_is (c, k + 1, "which") && !kg_tok_word_is (c, k + 1, "who"))
            continue;
          if (b->kind == KG_TOK_MENTION)
            return k;
          if (b->kind == KG_TOK_WORD)
            words++;
          else if (g_utf8_get_char (c->doc->text + b->start) != ',')
            break;
        }
    }
  return -1;
}

/* "launched its own AI browser, Comet, in July": the name set off by
 * commas after the object's description. */
static int
appositive_object (const KgClauses *c, guint last)
{
  guint words = 0;
  for (guint k = last + 1; k + 1 < c->toks->len && words <= 5; k++)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->kind == KG_TOK_MENTION && tok->role != KG_ROLE_POSSESSIVE)
        return -1;
      if (tok->kind == KG_TOK_PUNCT)
        {
          if (words == 0 || g_utf8_get_char (c->doc->text + tok->start) != ',')
            return -1;
          const KgTok *n = kg_tok (c, k + 1);
          if (n->kind != KG_TOK_MENTION || n->role != KG_ROLE_NONE)
            return -1;
          if (k + 2 < c->toks->len && kg_tok (c, k + 2)->kind != KG_TOK_PUNCT)
            return -1;
          return (int)k + 1;
        }
      words++;
    }
  return -1;
}

/* "founded by three former Apple engineers, A, B and C": the people
 * named after a description of them, after "by". */
static int
described_agent (const KgClauses *c, guint last)
{
  guint k = last + 1;
  for (; k < c->toks->len && k <= last + 5 && !kg_tok_word_is (c, k, "by"); k++)
    if (kg_tok (c, k)->kind != KG_TOK_WORD)
      return -1;
  if (k >= c->toks->len || !kg_tok_word_is (c, k, "by"))
    return -1;
  for (guint words = 0, j = k + 1; j < c->toks->len && words <= 6; j++)
    {
      const KgTok *tok = kg_tok (c, j);
      if (tok->kind == KG_TOK_PUNCT)
        {
          if (g_utf8_get_char (c->doc->text + tok->start) != ',' || words == 0)
            return -1;
          /* "..., including A and B" */
          if (j + 1 < c->toks->len && kg_tok_word_is (c, j + 1, "including"))
            j++;
          const KgTok *n = j + 1 < c->toks->len ? kg_tok (c, j + 1) : NULL;
          return n != NULL && n->kind == KG_TOK_MENTION && n->mention->type == KG_TYPE_PERSON
                     ? (int)j + 1
                     : -1;
        }
      words++;
    }
  return -1;
}

/* "founded by A, a former researcher at B, and by C and D": the agents
 * after "and by" join those of the first "by" (@s, *@ns); so with any
 * preposition @prep of @role ("competes with A in search and with B"). */
static void
more_agents (const KgClauses *c, guint *s, guint *ns, KgRole role, const char *prep)
{
  guint k = s[*ns - 1] + 1;
  for (guint limit = k + 12; k < c->toks->len && k < limit && *ns < MAX_GROUP; k++)
    {
      const KgTok *tok = kg_tok (c, k);
      if (tok->clause != kg_tok (c, s[0])->clause)
        return;
      if (tok->kind != KG_TOK_MENTION || tok->role != role)
        continue;
      if (k < 2 || !kg_tok_word_is (c, k - 1, prep) || !kg_tok_word_is (c, k - 2, "and"))
        return;
      guint more[MAX_GROUP], n = members (c, (int)k, more);
      for (guint i = 0; i < n && *ns < MAX_GROUP; i++)
        s[(*ns)++] = more[i];
      return;
    }
}

static void
shape_en (KgRelScan *f, const KgTrigger *tr, guint t, gsize mstart, gsize mend)
{
  const KgClauses *c = f->clauses;
  guint s[MAX_GROUP], o[MAX_GROUP], ns = 0, no = 0;
  guint last = kg_tok_at (c, mend > 0 ? mend - 1 : mend);
  const KgTok *tt = kg_tok (c, t);
  switch (tr->shape)
    {
    case KG_SHAPE_ACTIVE:
      {
        if (tt->kind == KG_TOK_MENTION)
          return;
        /* "it is built on Chromium" says what it uses (the based shape),
         * "was founded in 2019 by" is a passive (its own shape): not this
         * verb; "is building" is */
        static const char *const be[] = { "is", "was", "were", "are", "been", "be", "being" };
        gboolean passive = FALSE;
        for (guint i = 0; i < G_N_ELEMENTS (be) && !passive; i++)
          passive = kg_tok_word_is (c, (int)t - 1, be[i]);
        g_autofree char *verb = kg_tok_text (c, t);
        if (passive && !g_str_has_suffix (verb, "ing"))
          return;
        int subj = subject_en (c, t);
        int obj = first_after (c, last, tr->object_roles, 8, FALSE);
        if (obj < 0 && (tr->object_roles & ROLE (NONE)))
          obj = appositive_object (c, last);
        if (subj >= 0 && obj < 0 && (tr->object_roles & ROLE (NONE)))
          obj = relative_head (c, (guint)subj);
        if (subj < 0 || obj < 0)
          return;
        ns = members (c, subj, s);
        no = members (c, obj, o);
        /* "X co-founded Y with Z": Z founded Y too. */
        if (tr->preds[0] == KG_PRED_FOUNDED)
          {
            /* (after the verb when the object is the head before it) */
            guint from = o[no - 1] > t ? o[no - 1] : last;
            int with = first_after (c, from, ROLE (WITH), 8, FALSE);
            guint w[MAX_GROUP], nw = members (c, with, w);
            for (guint k = 0; k < nw && ns < MAX_GROUP; k++)
              s[ns++] = w[k];
          }
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_PASSIVE:
      {
        if (c->doc->text[mstart] == '-')
          {
            /* Microsoft-backed OpenAI */
            if (tt->kind != KG_TOK_MENTION)
              return;
            int obj = first_after (c, t, ROLE (NONE), 2, FALSE);
            if (obj < 0)
              return;
            guint a[1] = { t }, b[1] = { (guint)obj };
            add_pairs (f, tr, a, 1, b, 1, t, mend);
            return;
          }
        gboolean aux = is_aux (c, (int)t - 1) || is_aux (c, (int)t - 2);
        gboolean comma = t > 0 && kg_tok (c, t - 1)->kind == KG_TOK_PUNCT;
        gboolean named = t > 0 && kg_tok (c, t - 1)->kind == KG_TOK_MENTION;
        int appositive = aux || comma || named ? -1 : appositive_head (c, t);
        if (!aux && !comma && !named && appositive < 0)
          return;
        /* "founded in April 2023 by": a date may stand between */
        int agent = first_after (c, last, ROLE (AGENT), 7, FALSE);
        if (agent < 0)
          agent = described_agent (c, last);
        if (agent < 0)
          return;
        int obj = appositive >= 0 ? appositive : nearest_before (c, t, ROLE (NONE) | ROLE (LIST), -1);
        if (obj < 0)
          obj = subject_en (c, t);
        if (obj < 0)
          return;
        ns = members (c, agent, s);
        more_agents (c, s, &ns, KG_ROLE_AGENT, "by");
        no = members (c, obj, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_NOUN:
      {
        /* "its $4 billion investment in": an amount may stand between */
        int subj = nearest_before (c, t, ROLE (POSSESSIVE), (int)t - 5);
        int obj = first_after (c, last, tr->object_roles, 4, FALSE);
        if (obj < 0)
          return;
        if (subj < 0)
          subj = first_after (c, (guint)obj, ROLE (AGENT), 3, FALSE);
        if (subj < 0)
          return;
        ns = members (c, subj, s);
        no = members (c, obj, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_COUNTER:
      counter (f, tr, subject_en (c, t), t, mend);
      return;
    case KG_SHAPE_BASED:
      {
        if (tt->kind == KG_TOK_MENTION)
          {
            /* GPT-4-based Copilot */
            int user = first_after (c, t, ROLE (NONE), 3, FALSE);
            if (user < 0)
              return;
            guint a[1] = { (guint)user }, b[1] = { t };
            add_pairs (f, tr, a, 1, b, 1, t, mend);
            return;
          }
        /* Copilot, based on GPT-4; Copilot is powered by GPT-4 */
        int used = first_after (c, last, ~0u, 4, FALSE);
        /* "built on Meta's Llama 3.3": the possessor's product */
        if (used >= 0 && kg_tok (c, used)->role == KG_ROLE_POSSESSIVE
            && (guint)used + 1 < c->toks->len && kg_tok (c, used + 1)->kind == KG_TOK_MENTION)
          used++;
        int user = nearest_before (c, t, ROLE (NONE) | ROLE (LIST), -1);
        if (user < 0)
          user = subject_en (c, t);
        if (used < 0 || user < 0)
          return;
        guint a[1] = { (guint)user }, b[1] = { (guint)used };
        add_pairs (f, tr, a, 1, b, 1, t, mend);
        return;
      }
    case KG_SHAPE_REVERSE:
      {
        int org = subject_en (c, t);
        int who = first_after (c, last, tr->object_roles, 4, FALSE);
        if (org < 0 || who < 0)
          return;
        ns = members (c, who, s);
        no = members (c, org, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_RECEIVE:
      {
        int recv = subject_en (c, t);
        if (recv < 0)
          return;
        no = members (c, recv, o);
        if (kg_tok (c, o[0])->mention->type == KG_TYPE_ORGANIZATION && money_after (c, last))
          f->receiver = kg_clauses_real (c, kg_tok (c, o[0])->mention);
        for (guint k = last + 1; k < c->toks->len && k < last + 16; k++)
          {
            const KgTok *tok = kg_tok (c, k);
            if (tok->kind == KG_TOK_MENTION
                && (tok->role == KG_ROLE_FROM || tok->role == KG_ROLE_AGENT))
              {
                ns = members (c, (int)k, s);
                add_pairs (f, tr, s, ns, o, no, t, mend);
                return;
              }
          }
        return;
      }
    case KG_SHAPE_MUTUAL:
      {
        int near = nearest_before (c, t, ~0u, (int)t - 4);
        if (near >= 0 && kg_tok (c, near)->role != KG_ROLE_POSSESSIVE)
          {
            ns = members (c, near, s);
            if (ns >= 2)
              {
                add_pairwise (f, tr, s, ns, t, mend);
                return;
              }
          }
        int partner = first_after (c, last, ROLE (WITH) | ROLE (BETWEEN) | ROLE (NONE) | ROLE (LIST), 4, FALSE);
        if (partner < 0)
          return;
        no = members (c, partner, o);
        if (no >= 2 && kg_tok (c, partner)->role != KG_ROLE_WITH)
          {
            add_pairwise (f, tr, o, no, t, mend);
            return;
          }
        if (kg_tok (c, partner)->role != KG_ROLE_WITH && !(near >= 0 && kg_tok (c, partner)->role == KG_ROLE_NONE
                                                             && (kg_tok_word_is (c, last, "vs") || kg_tok_word_is (c, last, "vs.") || kg_tok_word_is (c, last, "versus"))))
          return;
        int subj = near >= 0 ? near : subject_en (c, t);
        if (subj < 0)
          return;
        ns = members (c, subj, s);
        if (kg_tok (c, partner)->role == KG_ROLE_WITH)
          more_agents (c, o, &no, KG_ROLE_WITH, "with");
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_PARTICIPATE:
      {
        /* "Sequoia led the round", "with A and B also participating": the
         * receiver is who raised money in this sentence or the one before */
        int inv = nearest_before (c, t, ROLE (NONE) | ROLE (LIST) | ROLE (WITH), -1);
        const KgMention *target = f->receiver != NULL ? f->receiver : f->prev_receiver;
        if (inv < 0 || target == NULL)
          return;
        ns = members (c, inv, s);
        investors_of (f, tr, s, ns, target, t, mend);
        return;
      }
    case KG_SHAPE_SOLD:
      {
        /* "sold Nervana to Intel", "agreed to sell Giphy to Shutterstock" */
        if (tt->kind == KG_TOK_MENTION)
          return;
        int what = first_after (c, last, ROLE (NONE), 3, FALSE);
        if (what < 0)
          return;
        guint end = (guint)what;
        while (end + 1 < c->toks->len && kg_tok (c, end + 1)->kind == KG_TOK_MENTION
               && kg_tok (c, end + 1)->group == kg_tok (c, what)->group)
          end++;
        int buyer = first_after (c, end, ROLE (TO), 5, FALSE);
        if (buyer < 0 || !kg_tok_word_is (c, (guint)buyer - 1, "to"))
          return;
        ns = members (c, buyer, s);
        no = members (c, what, o);
        add_pairs (f, tr, s, ns, o, no, t, mend);
        return;
      }
    case KG_SHAPE_MEMBERS:
      {
        /* "Backers include A and B"; "X, whose investors include A" */
        int who = first_after (c, last, ROLE (NONE) | ROLE (LIST) | ROLE (FROM), 6, FALSE);
        if (who < 0)
          return;
        const KgMention *target = f->receiver != NULL ? f->receiver : f->prev_receiver;
        if (t >= 2 && kg_tok_word_is (c, t - 1, "whose") && kg_tok (c, t - 2)->kind == KG_TOK_PUNCT)
          {
            int head = t >= 3 && kg_tok (c, t - 3)->kind == KG_TOK_MENTION ? (int)t - 3 : -1;
            target = head >= 0 ? kg_clauses_real (c, kg_tok (c, head)->mention) : NULL;
          }
        if (target == NULL)
          return;
        ns = members (c, who, s);
        investors_of (f, tr, s, ns, target, t, mend);
        return;
      }
    default:
      return;
    }
}

/* Does the clause of token \p t match \p re? */
static gboolean
clause_matches (const KgClauses *c, guint t, GRegex *re)
{
  guint a = t, b = t;
  while (a > 0 && kg_tok (c, a - 1)->clause == kg_tok (c, t)->clause)
    a--;
  while (b + 1 < c->toks->len && kg_tok (c, b + 1)->clause == kg_tok (c, t)->clause)
    b++;
  return g_regex_match_full (re, c->doc->text, kg_tok (c, b)->tail_end, kg_tok (c, a)->start, 0,
                             NULL, NULL);
}

void
kg_find_triggers (KgRelScan *f)
{
  const KgClauses *c = f->clauses;
  const char *text = c->doc->text;
  for (guint i = 0; i < c->rules->triggers->len; i++)
    {
      const KgTrigger *tr = &g_array_index (c->rules->triggers, KgTrigger, i);
      g_autoptr (GMatchInfo) mi = NULL;
      g_regex_match_full (tr->re, text + c->start, c->end - c->start, 0, 0, &mi, NULL);
      for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
        {
          int ms, me;
          g_match_info_fetch_pos (mi, 0, &ms, &me);
          gsize mstart = c->start + ms, mend = c->start + me;
          guint t = kg_tok_at (c, mstart);
          if (t >= c->toks->len)
            continue;
          const KgTok *tok = kg_tok (c, t);
          /* Not inside a name (the hyphen forms start in a name's tail). */
          if (tok->kind == KG_TOK_MENTION && mstart < tok->end)
            continue;
          if (tr->requires != NULL && !clause_matches (c, t, tr->requires))
            continue;
          /* "A vs B vs C" compares A with each of the others. */
          f->focal = g_ascii_strncasecmp (text + mstart, "vs", 2) == 0
                     || g_ascii_strncasecmp (text + mstart, "versus", 6) == 0;
          if (c->lang == KG_LANG_KO)
            shape_ko (f, tr, t, mend);
          else
            shape_en (f, tr, t, mstart, mend);
        }
    }
}
