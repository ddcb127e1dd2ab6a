package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
    static WordPieceTokenizer shipped() {
        return WordPieceTokenizer.read(WordPieceTokenizerTest.class.getResourceAsStream("/papergraph/models/recognizer/tokenizer.json"), "tokenizer.json");
    }

    @Test
    void piecesPointIntoTheTextAsGivenEvenAfterAnEmoji() {
        try (WordPieceTokenizer t = shipped()) {
            String text = "🚀 LLaMA3.1-70B beats GPT-4";
            WordPieceTokenizer.Pieces p = t.encode(text);
            List<String> surfaces = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) surfaces.add(text.substring(p.starts()[i], p.ends()[i]));
            assertEquals(List.of("🚀", "LL", "aMA", "3", ".", "1", "-", "70", "B", "beats", "GP", "T", "-", "4"), surfaces);
        }
    }
}
