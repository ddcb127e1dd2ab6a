package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPredicatesTest {
    private final WordPredicates predicates = new WordPredicates(EntityPatterns.load());

    @Test
    void capitalsOrDigitsInsideAWordMarkAName() {
        for (String name : List.of("GARF", "MoMa", "DeBERTaV3", "V-Pretraining", "UL2")) assertTrue(predicates.isNameLike(name), name);
        // sizes, dimensions, plain words, addresses, LaTeX macros and hyphenated descriptions name nothing
        for (String word : List.of("7B", "3D", "100M", "Transformer", "https://GitHub.com", "\\LaTeX", "CNN-based", "X")) {
            assertFalse(predicates.isNameLike(word), word);
        }
    }

    @Test
    void aModelsNameGoesOnOverItsSizeOrVariant() {
        assertEquals("LLaMA 7B".length(), WordPredicates.modelSizeEnd("LLaMA 7B and 13B", "LLaMA".length(), 40));
        assertEquals("XLM-R Base".length(), WordPredicates.modelSizeEnd("XLM-R Base outperforms", "XLM-R".length(), 30));
        assertEquals("BERT".length(), WordPredicates.modelSizeEnd("BERT is trained", "BERT".length(), 40));
    }

    @Test
    void aDimensionIsNoNumber() {
        List<Word> words = Word.split("3D 12 7B", 0, "3D 12 7B".length());
        assertFalse(WordPredicates.startsWithNumber(words.get(0)));
        assertTrue(WordPredicates.startsWithNumber(words.get(1)));
        assertTrue(WordPredicates.startsWithNumber(words.get(2)));
    }

    @Test
    void pluralAcronymsAndWordParts() {
        assertTrue(WordPredicates.isPluralAcronym("LLMs"));
        assertFalse(WordPredicates.isPluralAcronym("Ms"));
        assertFalse(WordPredicates.isPluralAcronym("GaLore"));
        assertEquals("TLM", WordPredicates.singularAcronym("TLMs"));
        assertEquals("GaLore", WordPredicates.singularAcronym("GaLore"));
        assertEquals("training", WordPredicates.lastPart("pre-training"));
        assertEquals("pre-", WordPredicates.lastPart("pre-"));
    }
}
