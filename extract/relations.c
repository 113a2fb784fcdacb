/* SPDX-License-Identifier: MIT */
/* relations.c: the relations pass.  For each sentence with two or more
 * mentions it cuts the sentence into tokens and clauses (tokens.c), runs the
 * finders (appositions and relational nouns in roles.c, trigger words in
 * triggers.c), then judges each relation found in the clause of its
 * trigger: a negation drops it ("인수하지 않았다", "did not invest"); a plan
 * or an offer marks it planned, a hedge or quoted speech marks it reported.
 * The clause's dates, amounts and quantities become its qualifiers, and the
 * sentence with its byte offsets its evidence.  Set KG_DEBUG_RELATIONS=1 to
 * see the tokens and the relations of every sentence on stderr. */
#include <string.h>

#include "relations.h"

static gboolean
debugging (void)
{
  static gsize once = 0;
  static gboolean on = FALSE;
  if (g_once_init_enter (&once))
    {
      on = g_getenv ("KG_DEBUG_RELATIONS") != NULL;
      g_once_init_leave (&once, 1);
    }
  return on;
}

gboolean
kg_found_add (KgRelScan *f, const KgMention *subject, const KgPredicate *preds, guint n_preds,
              const KgMention *object, int strength, guint trigger_tok, gsize trigger_end)
{
  if (subject == NULL || object == NULL || subject->entity_id == object->entity_id)
    return FALSE;
  /* Pronouns live as long as their sentence; the names they stand for longer. */
  subject = kg_clauses_real (f->clauses, subject);
  object = kg_clauses_real (f->clauses, object);
  for (guint i = 0; i < n_preds; i++)
    {
      if (!kg_rules_fit (f->rules, preds[i], subject->type, object->type))
        continue;
      for (guint k = 0; k < f->found->len; k++)
        {
          KgFound *old = &g_array_index (f->found, KgFound, k);
          if (old->pred == preds[i] && old->subject->entity_id == subject->entity_id
              && old->object->entity_id == object->entity_id)
            {
              if (strength > old->strength)
                old->strength = strength;
              return FALSE;
            }
        }
      KgFound found = { subject, object, preds[i], strength, trigger_tok, trigger_end, FALSE };
      g_array_append_val (f->found, found);
      return TRUE;
    }
  return FALSE;
}

/* The byte range of the clause of token \p t. */
static void
clause_span (const KgClauses *c, guint t, gsize *start, gsize *end)
{
  guint clause = kg_tok (c, t)->clause;
  guint a = t, b = t;
  while (a > 0 && kg_tok (c, a - 1)->clause == clause)
    a--;
  while (b + 1 < c->toks->len && kg_tok (c, b + 1)->clause == clause)
    b++;
  *start = kg_tok (c, a)->start;
  *end = kg_tok (c, b)->tail_end;
}

static gboolean
matches (GRegex *re, const char *text, gsize start, gsize end)
{
  return re != NULL && end > start && g_regex_match_full (re, text, end, start, 0, NULL, NULL);
}

/* Judges a found relation in its clause.  @return FALSE to drop it (negated),
 * else TRUE with \p status set. */
static gboolean
judge (const KgRelScan *f, const KgFound *found, KgStatus *status)
{
  const KgClauses *c = f->clauses;
  const KgLangRules *r = c->rules;
  const char *text = c->doc->text;
  gsize cs, ce;
  clause_span (c, found->trigger_tok, &cs, &ce);
  gsize ts = kg_tok (c, found->trigger_tok)->start;
  gsize te = MAX (found->trigger_end, ts);
  *status = KG_STATUS_STATED;
  /* Appositions and relational nouns hold inside their noun phrase,
   * whatever the clause's verb says. */
  if (found->fixed_status)
    return TRUE;
  if (c->lang == KG_LANG_KO)
    {
      /* Korean puts negation and modality after the verb. */
      gsize stop = MIN (ce, te + 40);
      if (matches (r->negation, text, te, stop))
        return FALSE;
      if (r->negation_prefix != NULL && ts > cs)
        {
          g_autofree char *before = g_strndup (text + cs, ts - cs);
          if (g_regex_match (r->negation_prefix, before, 0, NULL))
            return FALSE;
        }
      if (matches (r->planned, text, te, stop))
        *status = KG_STATUS_PLANNED;
      else if (matches (r->reported, text, te, c->end))
        *status = KG_STATUS_REPORTED;
    }
  else
    {
      /* English puts them before the verb: "did not buy", "plans to buy". */
      gsize from = ts > cs + 60 ? ts - 60 : cs;
      if (matches (r->negation, text, from, te))
        return FALSE;
      if (matches (r->planned, text, from, te))
        *status = KG_STATUS_PLANNED;
      else if (matches (r->reported, text, c->start, c->end))
        *status = KG_STATUS_REPORTED;
    }
  if (kg_tok (c, found->trigger_tok)->quote >= 0 && *status == KG_STATUS_STATED)
    *status = KG_STATUS_REPORTED; /* a claim of the speaker */
  return TRUE;
}

static void
debug_sentence (const KgClauses *c, const KgRelScan *f)
{
  GString *s = g_string_new (NULL);
  static const char *const roles[KG_ROLE_N] = { "", "S", "O", "POS", "WITH", "FROM", "TO", "AS",
                                                "COP", "TGT", "VIA", "AGT", "CMP", "BTW", "SRC",
                                                "OWN", "OF", "AT", "FOR", "LIST", "ABT", "ALSO" };
  for (guint i = 0; i < c->toks->len; i++)
    {
      const KgTok *t = kg_tok (c, i);
      g_string_append_printf (s, "%s%u:", i ? " " : "", t->clause);
      g_string_append_len (s, c->doc->text + t->start, t->tail_end - t->start);
      if (t->kind == KG_TOK_MENTION)
        g_string_append_printf (s, "[%s%s%s g%d]", t->mention->entity_id, *roles[t->role] ? "/" : "",
                                roles[t->role], t->group);
      if (t->quote >= 0)
        g_string_append_c (s, '"');
    }
  g_printerr ("SENT %s\n", s->str);
  for (guint i = 0; i < f->found->len; i++)
    {
      const KgFound *x = &g_array_index (f->found, KgFound, i);
      g_printerr ("  REL %s -%s-> %s (strength %d)\n", x->subject->entity_id,
                  kg_predicate_name (x->pred), x->object->entity_id, x->strength);
    }
  g_string_free (s, TRUE);
}

/* The first subject of the sentence outside quotes (Korean), which stands
 * in for the subject later clauses leave out. */
static const KgMention *
topic_of (const KgClauses *c)
{
  if (c->lang != KG_LANG_KO)
    {
      /* English: the first bare name, when it stands where a subject
       * does: first ("But Nvidia"), or after a lead-in and its comma ("In
       * April, Snowflake released").  "Earlier backers include Andreessen
       * Horowitz" has none. */
      for (guint i = 0; i < c->toks->len; i++)
        {
          const KgTok *t = kg_tok (c, i);
          if (t->kind == KG_TOK_MENTION && t->quote < 0 && t->role == KG_ROLE_NONE)
            return i <= 1 || kg_tok (c, i - 1)->kind == KG_TOK_PUNCT ? kg_clauses_real (c, t->mention)
                                                                     : NULL;
        }
      return NULL;
    }
  const KgMention *first = NULL;
  for (guint i = 0; i < c->toks->len; i++)
    {
      const KgTok *t = kg_tok (c, i);
      if (t->kind == KG_TOK_MENTION && t->quote < 0
          && (t->role == KG_ROLE_SUBJECT || t->role == KG_ROLE_ALSO))
        {
          if (t->topic)
            return kg_clauses_real (c, t->mention);
          if (first == NULL)
            first = kg_clauses_real (c, t->mention);
        }
    }
  return first;
}

typedef struct {
  const KgDoc *doc;
  const KgRules *rules;
  char *date;                 /* the article's date, for 지난해 11월 */
  GStringChunk *strings;      /* qualifier strings of the current sentence */
  const KgMention *prev_topic, *prev_receiver;
  GArray *prev_found;         /* KgFound of the last sentence that had some */
  guint prev_age;             /* sentences since then */
} Pass;

static void
emit (Pass *p, const KgRelScan *f, const KgSentence *s)
{
  const KgDoc *doc = p->doc;
  const KgClauses *c = f->clauses;
  g_autofree char *sentence = g_strndup (doc->text + s->start, s->end - s->start);
  for (guint i = 0; i < f->found->len; i++)
    {
      const KgFound *found = &g_array_index (f->found, KgFound, i);
      KgStatus status;
      if (!judge (f, found, &status))
        continue;
      KgEvidence ev = {
        .document = doc->doc_id,
        .sentence = sentence,
        .start = s->start,
        .end = s->end,
        .strength = found->strength,
        .status = status,
      };
      gsize cs, ce;
      clause_span (c, found->trigger_tok, &cs, &ce);
      ev.n_qualifiers = kg_find_qualifiers (p->rules, c->lang, doc->text, cs, ce, p->date,
                                            ev.qualifiers, KG_EVIDENCE_MAX_QUALIFIERS, p->strings);
      kg_graph_add_relation (doc->graph, found->subject->entity_id, found->pred,
                             found->object->entity_id, &ev);
    }
}

static void
scan_sentence (Pass *p, const KgSentence *s)
{
  KgClauses c;
  kg_clauses_init (&c, p->doc, p->rules, s->start, s->end, s->first_mention, s->n_mentions,
                   p->prev_topic);
  KgRelScan f = {
    .clauses = &c,
    .rules = p->rules,
    .found = g_array_new (FALSE, FALSE, sizeof (KgFound)),
    .topic = topic_of (&c),
    .prev_topic = p->prev_topic,
    .prev_receiver = p->prev_receiver,
    .prev_found = p->prev_found,
  };
  kg_find_appositions (&f);
  kg_find_relational_nouns (&f);
  kg_find_triggers (&f);
  kg_find_makers (&f);
  kg_find_whose (&f);
  kg_find_families (&f);
  kg_find_founder_titles (&f);
  if (debugging ())
    debug_sentence (&c, &f);
  emit (p, &f, s);
  g_string_chunk_clear (p->strings);
  /* An English sentence without a subject kgraph knows keeps the one
   * before: "SSI raised $2 billion.  Earlier backers include A and B.  The
   * company uses TPUs" (the company is SSI). */
  if (f.topic != NULL || c.lang == KG_LANG_KO)
    p->prev_topic = f.topic;
  p->prev_receiver = f.receiver;
  if (f.found->len > 0)
    {
      g_array_unref (p->prev_found);
      p->prev_found = f.found;
      p->prev_age = 0;
    }
  else
    {
      g_array_unref (f.found);
      if (++p->prev_age > 2)
        g_array_set_size (p->prev_found, 0);
    }
  kg_clauses_clear (&c);
}

void
kg_pass_relations (KgDoc *doc)
{
  Pass p = {
    .doc = doc,
    .rules = doc->extractor->rules,
    .date = kg_document_date (doc->extractor->rules, doc->text, doc->len),
    .strings = g_string_chunk_new (256),
    .prev_found = g_array_new (FALSE, FALSE, sizeof (KgFound)),
  };
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const KgSentence *s = &g_array_index (doc->sentences, KgSentence, i);
      if (s->n_mentions >= 1)
        scan_sentence (&p, s);
      else
        {
          p.prev_topic = p.prev_receiver = NULL;
          g_array_set_size (p.prev_found, 0);
        }
    }
  g_array_unref (p.prev_found);
  g_string_chunk_free (p.strings);
  g_free (p.date);
}
