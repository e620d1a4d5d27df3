package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule says what it does in words, in Norwegian (its name) and in English ({@code @en}), for outputs in either language. */
class RuleNamesTest {

    @Test
    void everyRuleHasItsNameInNorwegianAndInEnglish() {
        RuleBook book = RuleBook.shipped();
        Map<String, String> nb = book.names();
        Map<String, String> en = book.namesEn();
        assertTrue(nb.size() > 50, "the shipped rules and the planning's own steps: " + nb.size());
        assertEquals(nb.keySet(), en.keySet(), "a rule without @en, or an @en without its rule");
        assertEquals("Ankomstene har økt kraftig", nb.get("VARSEL-09"));
        assertEquals("Arrivals have risen sharply", en.get("VARSEL-09"));
        en.forEach((id, text) -> assertTrue(!text.isBlank() && !text.equals(nb.get(id)), id + ": the English name is the Norwegian one"));
    }
}
