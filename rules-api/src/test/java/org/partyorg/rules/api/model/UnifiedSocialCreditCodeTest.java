package org.partyorg.rules.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  /** The worked example printed in GB 32100-2015's explanatory material and widely reproduced. */
  private static final String PUBLISHED_EXAMPLE = "91350100M000100Y43";

  @Test
  void aPublishedCodeIsValid() {
    assertNull(UnifiedSocialCreditCode.problem(PUBLISHED_EXAMPLE));
    assertEquals('3', UnifiedSocialCreditCode.checkCharacter(PUBLISHED_EXAMPLE.substring(0, 17)));
  }

  @Test
  void everyOtherCheckCharacterIsWrong() {
    String first17 = PUBLISHED_EXAMPLE.substring(0, 17);
    for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
      assertEquals(c == '3' ? null : UnifiedSocialCreditCode.Problem.CHECK_CHARACTER,
          UnifiedSocialCreditCode.problem(first17 + c), "check character " + c);
    }
  }

  @Test
  void aRemainderOfZeroGivesCheckCharacterZero() {
    // 17 zeros weigh nothing: 31 - 0 mod 31 = 31, which the standard writes as 0
    assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
  }

  @Test
  void lengthAndAlphabetAreChecked() {
    assertEquals(UnifiedSocialCreditCode.Problem.LENGTH, UnifiedSocialCreditCode.problem("9135010"));
    assertEquals(UnifiedSocialCreditCode.Problem.LENGTH, UnifiedSocialCreditCode.problem(PUBLISHED_EXAMPLE + "0"));
    for (char banned : "IOZSVi".toCharArray()) {
      String code = PUBLISHED_EXAMPLE.substring(0, 9) + banned + PUBLISHED_EXAMPLE.substring(10);
      assertEquals(UnifiedSocialCreditCode.Problem.CHARACTER, UnifiedSocialCreditCode.problem(code), code);
    }
  }

  @Test
  void checkCharacterRejectsBadInputWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnifiedSocialCreditCode.checkCharacter("9135010"));
    assertEquals("expected the first 17 characters of a credit code, got 7 characters: '9135010'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> UnifiedSocialCreditCode.checkCharacter("91350100M000100YI"));
    assertEquals("'I' at position 17 of '91350100M000100YI' is not in the alphabet of GB 32100-2015 (0123456789ABCDEFGHJKLMNPQRTUWXY)", e.getMessage());
  }
}
