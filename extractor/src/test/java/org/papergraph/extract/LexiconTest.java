package org.papergraph.extract;

import org.papergraph.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = new Lexicon(List.of(
            new Concept("urn:resnet50", EntityType.MODEL, "ResNet-50", List.of("ResNet50"), "urn:resnet"),
            new Concept("urn:resnet", EntityType.MODEL, "ResNet", List.of(), null),
            new Concept("urn:qa", EntityType.TASK, "question answering", List.of("QA"), null),
            new Concept("urn:bert", EntityType.MODEL, "BERT", List.of(), null)));

    private List<String> found(String text) {
        return lexicon.find(WordPieces.split(text)).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.concept().prefLabel()).toList();
    }

    @Test
    void spellingVariantsMeetOnOneConceptAndTheLongestWins() {
        assertEquals(List.of("ResNet 50=ResNet-50", "ResNet50=ResNet-50", "ResNet-50=ResNet-50"),
                found("We train ResNet 50, ResNet50 and ResNet-50."));
        assertEquals(List.of("ResNet=ResNet"), found("a ResNet backbone"));
    }

    @Test
    void capitalizedLabelsNeedTheirCapitalsLowercaseLabelsDoNot() {
        assertEquals(List.of("Question Answering=question answering", "BERT=BERT"), found("Question Answering with BERT but not bert."));
    }

    @Test
    void aMatchNeverCutsAWordInTwo() {
        assertTrue(found("ResNet50x and BERTology").isEmpty(), found("ResNet50x and BERTology").toString());
    }
}
