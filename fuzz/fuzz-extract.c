/* SPDX-License-Identifier: MIT */
/* fuzz-extract.c: bytes -> kg_document_decode -> every extract pass with the
 * embedded lexicon -> store invariants.  The extractor is built once. */
#include <stdint.h>

#include "kg-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static KgLexicon *lexicon;
  static KgExtractor *extractor;

  if (extractor == NULL)
    {
      lexicon = kg_lexicon_new_default (NULL);
      g_assert (lexicon != NULL);
      extractor = kg_extractor_new (lexicon, NULL, NULL);
      g_assert (extractor != NULL);
    }
  gsize len = 0;
  g_autofree char *text = kg_document_decode ("fuzz", data, size, &len, NULL);
  if (text == NULL)
    return 0;
  g_autoptr (KgGraph) graph = kg_extractor_run (extractor, "fuzz", text, len);
  g_autoptr (GError) error = NULL;
  if (!kg_graph_check (graph, &error))
    g_error ("invariant: %s", error->message);
  return 0;
}
