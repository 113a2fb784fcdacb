/* SPDX-License-Identifier: MIT */
/* vocab.c: the names of types, predicates, statuses, languages and
 * qualifier kinds, one table each indexed by the enum, and their parsers
 * (a linear scan: the tables have at most 14 rows).  Also the error domain
 * and the script test that splits alias votes between ko and en. */
#include <string.h>

#include "graph-private.h"

G_DEFINE_QUARK (kg - graph - error - quark, kg_graph_error)

static const char *const type_names[KG_TYPE_N] = {
  "person", "organization", "model", "hardware", "project",
};

static const char *const predicate_names[KG_PRED_N] = {
  "founded",          "leads",    "worksAt",   "investedIn", "acquired",
  "offeredToAcquire", "sued",     "developed", "uses",       "partnerOf",
  "competesWith",     "supplies", "owns",      "partOf",
};

static const char *const status_names[KG_STATUS_N] = { "stated", "reported", "planned" };
static const char *const lang_names[KG_LANG_N] = { "ko", "en" };
static const char *const qualifier_names[KG_QUAL_N] = { "date", "money", "quantity" };

const char *
kg_type_name (KgType type)
{
  g_return_val_if_fail ((guint)type < KG_TYPE_N, NULL);
  return type_names[type];
}

gboolean
kg_type_from_name (const char *name, KgType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);
  for (guint i = 0; name != NULL && i < KG_TYPE_N; i++)
    if (g_ascii_strcasecmp (name, type_names[i]) == 0)
      {
        *type = (KgType)i;
        return TRUE;
      }
  return FALSE;
}

const char *
kg_predicate_name (KgPredicate pred)
{
  g_return_val_if_fail ((guint)pred < KG_PRED_N, NULL);
  return predicate_names[pred];
}

gboolean
kg_predicate_from_name (const char *name, KgPredicate *pred)
{
  g_return_val_if_fail (pred != NULL, FALSE);
  for (guint i = 0; name != NULL && i < KG_PRED_N; i++)
    if (strcmp (name, predicate_names[i]) == 0)
      {
        *pred = (KgPredicate)i;
        return TRUE;
      }
  return FALSE;
}

gboolean
kg_predicate_is_symmetric (KgPredicate pred)
{
  return pred == KG_PRED_PARTNER_OF || pred == KG_PRED_COMPETES_WITH;
}

const char *
kg_status_name (KgStatus status)
{
  g_return_val_if_fail ((guint)status < KG_STATUS_N, NULL);
  return status_names[status];
}

gboolean
kg_status_from_name (const char *name, KgStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);
  for (guint i = 0; name != NULL && i < KG_STATUS_N; i++)
    if (strcmp (name, status_names[i]) == 0)
      {
        *status = (KgStatus)i;
        return TRUE;
      }
  return FALSE;
}

const char *
kg_lang_name (KgLang lang)
{
  g_return_val_if_fail ((guint)lang < KG_LANG_N, NULL);
  return lang_names[lang];
}

const char *
kg_qualifier_kind_name (KgQualifierKind kind)
{
  g_return_val_if_fail ((guint)kind < KG_QUAL_N, NULL);
  return qualifier_names[kind];
}

/* Walks with g_utf8_get_char_validated (): an alias read from a damaged
 * file must not make the walk jump past its end. */
gboolean
kg_text_is_hangul (const char *text)
{
  const char *p = text, *end = text + strlen (text);
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          p++;
          continue;
        }
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HANGUL)
        return TRUE;
      p += g_unichar_to_utf8 (c, NULL);
    }
  return FALSE;
}
