/* SPDX-License-Identifier: MIT */
/* relation.c: relations and their evidence.  A relation keeps the first
 * KG_RELATION_MAX_EVIDENCE pieces by kg_evidence_compare () in a sorted
 * fixed array; a piece past the last kept one is counted, never copied, so
 * a million pieces cost no memory.  The same sentence (document, offsets)
 * counts once while kept.  Relations hash by (subject, predicate, object)
 * pointers, as entities are unique in their graph. */
#include <string.h>

#include "graph-private.h"

static int
compare_qualifier (const KgQualifier *a, const KgQualifier *b)
{
  int c;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if ((c = g_strcmp0 (a->text, b->text)) != 0 || (c = g_strcmp0 (a->value, b->value)) != 0)
    return c;
  return g_strcmp0 (a->unit, b->unit);
}

/* Strength first (higher first), then document, offsets and sentence; the
 * rest only makes the order total, so which copy of a sentence is kept
 * never depends on the order pieces arrive in. */
int
kg_evidence_compare (const KgEvidence *a, const KgEvidence *b)
{
  int c;
  if (a->strength != b->strength)
    return a->strength > b->strength ? -1 : 1;
  if ((c = g_strcmp0 (a->document, b->document)) != 0)
    return c;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  if ((c = g_strcmp0 (a->sentence, b->sentence)) != 0)
    return c;
  if (a->status != b->status)
    return a->status < b->status ? -1 : 1;
  if (a->n_qualifiers != b->n_qualifiers)
    return a->n_qualifiers < b->n_qualifiers ? -1 : 1;
  for (guint i = 0; i < a->n_qualifiers; i++)
    if ((c = compare_qualifier (&a->qualifiers[i], &b->qualifiers[i])) != 0)
      return c;
  return 0;
}

gboolean
kg_evidence_same_sentence (const KgEvidence *a, const KgEvidence *b)
{
  return a->start == b->start && a->end == b->end && g_strcmp0 (a->document, b->document) == 0;
}

static void
evidence_copy (KgEvidence *dst, const KgEvidence *src)
{
  *dst = *src;
  dst->document = g_strdup (src->document);
  dst->sentence = g_strdup (src->sentence);
  for (guint i = 0; i < dst->n_qualifiers; i++)
    {
      dst->qualifiers[i].text = g_strdup (src->qualifiers[i].text);
      dst->qualifiers[i].value = g_strdup (src->qualifiers[i].value);
      dst->qualifiers[i].unit = g_strdup (src->qualifiers[i].unit);
    }
}

static void
evidence_clear (KgEvidence *ev)
{
  g_free ((char *)ev->document);
  g_free ((char *)ev->sentence);
  for (guint i = 0; i < ev->n_qualifiers; i++)
    {
      g_free ((char *)ev->qualifiers[i].text);
      g_free ((char *)ev->qualifiers[i].value);
      g_free ((char *)ev->qualifiers[i].unit);
    }
  memset (ev, 0, sizeof *ev);
}

/* Copies \p ev into its place in the sorted array, if it makes the cut. */
static void
keep (KgRelation *r, const KgEvidence *ev)
{
  guint n = r->n_evidence, at = 0;
  while (at < n && kg_evidence_compare (&r->evidence[at], ev) <= 0)
    at++;
  if (at == KG_RELATION_MAX_EVIDENCE)
    return;
  if (n == KG_RELATION_MAX_EVIDENCE)
    evidence_clear (&r->evidence[--n]);
  memmove (&r->evidence[at + 1], &r->evidence[at], (n - at) * sizeof (KgEvidence));
  evidence_copy (&r->evidence[at], ev);
  r->n_evidence = n + 1;
}

static void
add_evidence (KgRelation *r, const KgEvidence *piece)
{
  /* Store no NULL that an exporter would trip on, and no more qualifiers
   * than there is room for. */
  KgEvidence ev = *piece;
  ev.document = ev.document != NULL ? ev.document : "";
  ev.sentence = ev.sentence != NULL ? ev.sentence : "";
  ev.n_qualifiers = MIN (ev.n_qualifiers, KG_EVIDENCE_MAX_QUALIFIERS);
  r->status = MIN (r->status, ev.status);
  for (guint i = 0; i < r->n_evidence; i++)
    if (kg_evidence_same_sentence (&r->evidence[i], &ev))
      {
        if (kg_evidence_compare (&ev, &r->evidence[i]) < 0)
          {
            evidence_clear (&r->evidence[i]);
            r->n_evidence--;
            memmove (&r->evidence[i], &r->evidence[i + 1],
                     (r->n_evidence - i) * sizeof (KgEvidence));
            keep (r, &ev);
          }
        return;
      }
  kg_count_add (&r->count, 1);
  keep (r, &ev);
}

static KgRelation *
relation_new (KgEntity *subject, KgPredicate pred, KgEntity *object)
{
  KgRelation *r = g_new0 (KgRelation, 1);
  r->key.subject = subject;
  r->key.pred = pred;
  r->key.object = object;
  r->status = KG_STATUS_N;
  return r;
}

void
kg_relation_free (KgRelation *relation)
{
  if (relation == NULL)
    return;
  for (guint i = 0; i < relation->n_evidence; i++)
    evidence_clear (&relation->evidence[i]);
  g_free (relation);
}

guint
kg_relation_key_hash (gconstpointer key)
{
  const KgRelationKey *k = key;
  guint h = (guint)((guintptr)k->subject >> 4);
  h = h * 31 + (guint)k->pred;
  return h * 31 + (guint)((guintptr)k->object >> 4);
}

gboolean
kg_relation_key_equal (gconstpointer a, gconstpointer b)
{
  const KgRelationKey *x = a, *y = b;
  return x->subject == y->subject && x->pred == y->pred && x->object == y->object;
}

int
kg_relation_compare (const KgRelation *a, const KgRelation *b)
{
  int c = strcmp (a->key.subject->id, b->key.subject->id);
  if (c != 0)
    return c;
  if (a->key.pred != b->key.pred)
    return a->key.pred < b->key.pred ? -1 : 1;
  return strcmp (a->key.object->id, b->key.object->id);
}

KgRelation *
kg_graph_ensure_relation (KgGraph *graph, KgEntity *subject, KgPredicate pred, KgEntity *object)
{
  KgRelationKey key = { subject, pred, object };
  KgRelation *r = g_hash_table_lookup (graph->relations, &key);
  if (r == NULL)
    {
      r = relation_new (subject, pred, object);
      g_hash_table_add (graph->relations, r);
      kg_graph_invalidate (graph);
    }
  return r;
}

void
kg_relation_merge (KgRelation *dst, const KgRelation *src)
{
  for (guint i = 0; i < src->n_evidence; i++)
    add_evidence (dst, &src->evidence[i]);
  kg_count_add (&dst->count, src->count - src->n_evidence);
  dst->status = MIN (dst->status, src->status);
}

/* The two entities of a relation, in the order the relation is stored. */
static gboolean
find_pair (const KgGraph *graph, const char *subject, KgPredicate pred, const char *object,
           KgEntity **s, KgEntity **o)
{
  *s = kg_graph_lookup_entity (graph, subject);
  *o = kg_graph_lookup_entity (graph, object);
  if (*s == NULL || *o == NULL || *s == *o)
    return FALSE;
  if (kg_predicate_is_symmetric (pred) && strcmp ((*s)->id, (*o)->id) > 0)
    {
      KgEntity *t = *s;
      *s = *o;
      *o = t;
    }
  return TRUE;
}

KgRelation *
kg_graph_add_relation (KgGraph *graph, const char *subject, KgPredicate pred, const char *object,
                       const KgEvidence *evidence)
{
  g_return_val_if_fail (graph != NULL && subject != NULL && object != NULL, NULL);
  g_return_val_if_fail ((guint)pred < KG_PRED_N, NULL);
  g_return_val_if_fail (evidence == NULL || (guint)evidence->status < KG_STATUS_N, NULL);
  KgEntity *s, *o;
  if (!find_pair (graph, subject, pred, object, &s, &o))
    return NULL;
  KgRelation *r = kg_graph_ensure_relation (graph, s, pred, o);
  if (evidence != NULL)
    add_evidence (r, evidence);
  return r;
}

KgRelation *
kg_graph_lookup_relation (const KgGraph *graph, const char *subject, KgPredicate pred,
                          const char *object)
{
  g_return_val_if_fail (graph != NULL && subject != NULL && object != NULL, NULL);
  KgEntity *s, *o;
  if ((guint)pred >= KG_PRED_N || !find_pair (graph, subject, pred, object, &s, &o))
    return NULL;
  KgRelationKey key = { s, pred, o };
  return g_hash_table_lookup (graph->relations, &key);
}

KgEntity *
kg_relation_get_subject (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, NULL);
  return relation->key.subject;
}

KgEntity *
kg_relation_get_object (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, NULL);
  return relation->key.object;
}

KgPredicate
kg_relation_get_predicate (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, KG_PRED_FOUNDED);
  return relation->key.pred;
}

/* A relation with no evidence at all (a bare triple) counts as stated. */
KgStatus
kg_relation_get_status (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, KG_STATUS_STATED);
  return relation->status < KG_STATUS_N ? relation->status : KG_STATUS_STATED;
}

guint
kg_relation_get_evidence_count (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, 0);
  return relation->count;
}

guint
kg_relation_get_n_evidence (const KgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, 0);
  return relation->n_evidence;
}

const KgEvidence *
kg_relation_get_evidence (const KgRelation *relation, guint i)
{
  g_return_val_if_fail (relation != NULL && i < relation->n_evidence, NULL);
  return &relation->evidence[i];
}

void
kg_relation_add_uncounted (KgRelation *relation, guint extra)
{
  g_return_if_fail (relation != NULL);
  kg_count_add (&relation->count, extra);
}

void
kg_relation_note_status (KgRelation *relation, KgStatus status)
{
  g_return_if_fail (relation != NULL && (guint)status < KG_STATUS_N);
  relation->status = MIN (relation->status, status);
}
