package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void aSingleLineHoldsNoControlSeparatorOrLoneSurrogate() {
        assertEquals(-1, TextRules.badInLine("Health ສາທາລະນະສຸກ 😀 \u00A0é"));
        for (String bad : new String[] {"a\tb", "a\rb", "a\nb", "a\u0000b", "a\u001Fb", "a\u007Fb", "a\u0085b",
            "a\u2028b", "a\u2029b", "a\uD800b", "a\uDC00b", "a\uD800"}) {
            assertEquals(1, TextRules.badInLine(bad), bad);
        }
    }

    @Test
    void textKeepsTabsAndLineBreaksOnly() {
        assertEquals(-1, TextRules.badInText("a\tb\r\nc\nd\u2028e 😀"));
        for (String bad : new String[] {"a\u0000", "a\u0007", "a\u001B", "a\u007F", "a\u009F", "a\uD83D", "a\uDE00"}) {
            assertEquals(1, TextRules.badInText(bad), bad);
        }
    }

    @Test
    void writersCleanWhatSlippedThrough() {
        assertEquals("a b URL:x", TextRules.cleanLine("a\r\nb\rURL:x"));
        assertEquals("a\nb\nc\t\uFFFD\uFFFD 😀", TextRules.cleanText("a\r\nb\rc\t\u0001\uD800 😀"));
        assertEquals("a\r\n\uFFFD", TextRules.cleanControls("a\r\n\u007F"));
    }
}
