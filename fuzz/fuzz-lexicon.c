/* SPDX-License-Identifier: MIT */
/* fuzz-lexicon.c: bytes -> the lexicon loader, and when it loads, the
 * matcher compiled from it. */
#include <stdint.h>

#include "kg-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (KgLexicon) lexicon = kg_lexicon_new ();
  g_autoptr (GError) error = NULL;
  if (!kg_lexicon_load_data (lexicon, (const char *) data, size, "fuzz.json", &error))
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  g_autoptr (KgExtractor) extractor = kg_extractor_new (lexicon, NULL, NULL);
  if (extractor != NULL)
    {
      static const char text[] = "일론 머스크는 2023년 xAI를 설립했다. OpenAI CEO Sam Altman.";
      g_autoptr (KgGraph) graph = kg_extractor_run (extractor, "fuzz", text, sizeof text - 1);
      g_assert (kg_graph_check (graph, NULL));
    }
  return 0;
}
