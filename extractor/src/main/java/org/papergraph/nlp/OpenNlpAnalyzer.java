package org.papergraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentence detection, tokenization and POS tagging with the English UD models that come as Maven
 * dependencies. The models are loaded once per JVM ({@link #shared()}); the {@code ThreadSafe*ME}
 * wrappers keep one decoder per thread, so one instance serves any number of threads.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile OpenNlpAnalyzer shared;

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private OpenNlpAnalyzer() {
        try (InputStream s = model(SENTENCE_MODEL); InputStream t = model(TOKEN_MODEL); InputStream p = model(POS_MODEL)) {
            sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
            tagger = new ThreadSafePOSTaggerME(new POSModel(p), POSTagFormat.valueOf(System.getProperty("pg.tags", "PENN")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    /** The analyzer of this JVM; loads the models on first use. */
    public static OpenNlpAnalyzer shared() {
        OpenNlpAnalyzer result = shared;
        if (result == null) {
            synchronized (OpenNlpAnalyzer.class) {
                result = shared;
                if (result == null) shared = result = new OpenNlpAnalyzer();
            }
        }
        return result;
    }

    private static InputStream model(String name) {
        InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath; "
                    + "it comes with org.apache.opennlp:opennlp-models-*-en 1.3.0");
        }
        return in;
    }

    /**
     * Sentence spans, with the detector's splits inside numbers and names undone: "Qwen2.5", "+22.5" and
     * "e.g. the" are no sentence ends. A split is undone when the next span starts with a digit or a
     * lowercase letter.
     */
    private Span[] sentenceSpans(String text) {
        Span[] detected = sentenceDetector.sentPosDetect(text);
        List<Span> merged = new ArrayList<>(detected.length);
        for (Span span : detected) {
            if (!merged.isEmpty()) {
                char first = text.charAt(span.getStart());
                if (Character.isDigit(first) || Character.isLowerCase(first)) {
                    Span previous = merged.remove(merged.size() - 1);
                    merged.add(new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged.toArray(new Span[0]);
    }

    @Override
    public List<Sentence> analyze(String text) {
        List<Sentence> sentences = tokenize(text);
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) tagged.add(tag(sentence));
        return tagged;
    }

    @Override
    public List<Sentence> tokenize(String text) {
        Span[] spans = sentenceSpans(text);
        List<Sentence> sentences = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String sentenceText = text.substring(span.getStart(), span.getEnd());
            Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
            List<Token> tokens = new ArrayList<>(tokenSpans.length);
            for (Span t : tokenSpans) {
                tokens.add(new Token(span.getStart() + t.getStart(), span.getStart() + t.getEnd(),
                        sentenceText.substring(t.getStart(), t.getEnd()), ""));
            }
            sentences.add(new Sentence(span.getStart(), span.getEnd(), sentenceText, List.copyOf(tokens)));
        }
        return sentences;
    }

    @Override
    public Sentence tag(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
        String[] tags = tagger.tag(words);
        List<Token> tagged = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            tagged.add(new Token(t.start(), t.end(), t.text(), tags[i]));
        }
        return new Sentence(sentence.start(), sentence.end(), sentence.text(), List.copyOf(tagged));
    }
}
