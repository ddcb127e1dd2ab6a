package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.nlp.Sentence;

class NumberFormsTest {
    private final NumberForms forms = new NumberForms(ResultRules.load());

    private List<ReportedNumber> numbers(String text) {
        Sentence sentence = OpenNlpAnalyzer.shared().tokenize(text).get(0);
        return forms.numbers(text, sentence, List.of());
    }

    @Test
    void coordinatedNumbersShareTheUnitWrittenAfterTheLast() {
        String text = "It gains 8.43, 5.96 and 10.60 points on A, B and C.";
        List<ReportedNumber> numbers = numbers(text);
        assertEquals(3, numbers.size(), numbers.toString());
        assertNull(numbers.get(0).unit());
        assertEquals("points", numbers.get(2).unit());
        List<List<ReportedNumber>> groups = NumberForms.groups(text, numbers);
        assertEquals(1, groups.size(), groups.toString());
        List<ReportedNumber> shared = NumberForms.shareUnit(groups.get(0));
        assertEquals(List.of("points", "points", "points"), shared.stream().map(ReportedNumber::unit).toList());
        assertEquals(List.of(new BigDecimal("8.43"), new BigDecimal("5.96"), new BigDecimal("10.60")),
                shared.stream().map(ReportedNumber::value).toList());
    }

    @Test
    void aRangeIsTwoNumbersOutsideAnyList() {
        String text = "Accuracy rises by 1.2–1.5% while latency drops by 3.1 ms.";
        List<ReportedNumber> numbers = numbers(text);
        assertEquals(List.of(new BigDecimal("1.2"), new BigDecimal("1.5"), new BigDecimal("3.1")),
                numbers.stream().map(ReportedNumber::value).toList());
        assertEquals("%", numbers.get(0).unit());
        assertEquals("%", numbers.get(1).unit());
        // a dash joins a range's ends, not a list's items; the number after "while" starts a statement of its own
        assertEquals(3, NumberForms.groups(text, numbers).size());
    }
}
