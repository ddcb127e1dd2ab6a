package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {
    private static final String TEXT = "We propose GaLore, a memory-efficient training strategy. It reduces memory usage by up to 65.5% on LLaMA 7B.";

    @Test
    void tokensCarryOffsetsIntoTheTextAndPennTags() {
        List<Sentence> sentences = OpenNlpAnalyzer.shared().analyze(TEXT);
        assertEquals(2, sentences.size());
        for (Sentence s : sentences) {
            assertEquals(s.text(), TEXT.substring(s.start(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.text(), TEXT.substring(t.start(), t.end()));
        }
        Token we = sentences.get(0).tokens().get(0);
        assertEquals("We", we.text());
        assertEquals("PRP", we.tag());
        assertTrue(sentences.get(1).tokens().stream().anyMatch(t -> t.tag().startsWith("NN")));
    }

    @Test
    void numbersAndVersionsDoNotEndSentences() {
        String text = "Qwen2.5 gains +22.5 points over GPT-3.5 on MMLU. It is fast.";
        List<Sentence> sentences = OpenNlpAnalyzer.shared().analyze(text);
        assertEquals(List.of("Qwen2.5 gains +22.5 points over GPT-3.5 on MMLU.", "It is fast."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void oneSharedAnalyzerGivesTheSameAnswerOnTwoThreads() throws Exception {
        TextAnalyzer analyzer = OpenNlpAnalyzer.shared();
        List<Sentence> expected = analyzer.analyze(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) futures.add(pool.submit(() -> analyzer.analyze(TEXT)));
            for (Future<List<Sentence>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
