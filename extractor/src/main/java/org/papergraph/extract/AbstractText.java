package org.papergraph.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnalyzer;

/**
 * One abstract being read: its sentences, their words split once for all stages, and part-of-speech tags
 * computed only for the sentences a stage asks for. Not thread-safe: one per extraction call.
 */
final class AbstractText {
    /** LaTeX's tie, "approach~(CoTTA)", "OpenFlamingo~\\cite{…}" left in scraped text: a space (one for one, so offsets hold). */
    private static final Pattern LATEX_TIE = Pattern.compile("(?<=[A-Za-z.])~(?=[A-Za-z(])");
    /** A LaTeX font switch left before a name, "(\rm StatsQ)" scraped as "(rm StatsQ)": blanked one for one, so offsets hold. */
    private static final Pattern LATEX_FONT_SWITCH = Pattern.compile("(?<=[({])\\\\?(?:rm|bf|it|tt|sf) (?=[A-Z])");

    final String title;
    final String text;
    final List<Sentence> sentences;
    private final TextAnalyzer analyzer;
    private final Map<Sentence, List<Word>> words = new IdentityHashMap<>();
    private final Map<Sentence, List<Word>> tagged = new IdentityHashMap<>();

    AbstractText(String title, String text, TextAnalyzer analyzer) {
        this.title = title;
        this.text = withoutLatexResidue(text);
        this.analyzer = analyzer;
        this.sentences = analyzer.tokenize(this.text);
        for (Sentence sentence : sentences) words.put(sentence, Word.split(this.text, sentence.start(), sentence.end()));
    }

    private static String withoutLatexResidue(String text) {
        String untied = text.indexOf('~') < 0 ? text : LATEX_TIE.matcher(text).replaceAll(" ");
        return LATEX_FONT_SWITCH.matcher(untied).replaceAll(m -> " ".repeat(m.end() - m.start()));
    }

    List<Word> words(Sentence sentence) {
        return words.get(sentence);
    }

    /** The words with part-of-speech tags; the sentence is tagged on first need, as tagging is the costly step. */
    List<Word> taggedWords(Sentence sentence) {
        return tagged.computeIfAbsent(sentence, s -> Word.withTags(words.get(s), analyzer.tag(s)));
    }
}
