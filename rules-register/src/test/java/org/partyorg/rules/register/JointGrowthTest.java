package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JointGrowthTest {
  private static final BigDecimal DOUBLING = BigDecimal.valueOf(2);

  @Test
  void aCountAHairBelowTheRequiredOneIsOneShortNotNone() {
    // records of joint organisations covering distinct primes p, c_p records each, chosen by the
    // Chinese remainder theorem so that the sum of c_p / p is m − 1/D, D the product of the
    // primes (past 10^36, beyond DECIMAL128's 34 digits)
    int[] primes = {1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051, 1061, 1063, 1069};
    BigInteger product = BigInteger.ONE;
    for (int p : primes) {
      product = product.multiply(BigInteger.valueOf(p));
    }
    SortedMap<Integer, Long> records = new TreeMap<>();
    BigInteger sum = BigInteger.ZERO;
    for (int p : primes) {
      BigInteger prime = BigInteger.valueOf(p);
      BigInteger others = product.divide(prime);
      BigInteger count = others.modInverse(prime).negate().mod(prime);
      records.put(p, count.longValueExact());
      sum = sum.add(count.multiply(others));
    }
    BigInteger[] whole = sum.add(BigInteger.ONE).divideAndRemainder(product);
    assertEquals(BigInteger.ZERO, whole[1], "the sum is m − 1/D");
    long m = whole[0].longValueExact();
    if (m % 2 == 1) {
      records.merge(1, 1L, Long::sum); // one standalone-sized joint record makes m even
      m++;
    }
    JointGrowth growth = new JointGrowth(records, 0, DOUBLING, OptionalLong.of(m / 2));
    assertEquals(Verdict.NOT_MET, growth.verdict());
    assertEquals(OptionalLong.of(1), growth.shortfall());

    records.merge(1, 1L, Long::sum); // one more whole joint organisation: m + 1 − 1/D
    JointGrowth reached = new JointGrowth(records, 0, DOUBLING, OptionalLong.of(m / 2));
    assertEquals(Verdict.MET, reached.verdict());
    assertEquals(OptionalLong.of(0), reached.shortfall());
  }

  @Test
  void shortfallOnEachSideOfTheDoubling() {
    SortedMap<Integer, Long> threeOfTwo = new TreeMap<>();
    threeOfTwo.put(2, 6L); // 6 records of joint organisations covering 2 each: 3 organisations
    assertEquals(OptionalLong.of(1), new JointGrowth(threeOfTwo, 0, DOUBLING, OptionalLong.of(2)).shortfall());
    threeOfTwo.put(2, 8L);
    JointGrowth four = new JointGrowth(threeOfTwo, 0, DOUBLING, OptionalLong.of(2));
    assertEquals(OptionalLong.of(0), four.shortfall());
    assertEquals(Verdict.MET, four.verdict());
    threeOfTwo.put(2, 10L);
    assertEquals(OptionalLong.of(0), new JointGrowth(threeOfTwo, 0, DOUBLING, OptionalLong.of(2)).shortfall());
    assertTrue(new JointGrowth(threeOfTwo, 0, DOUBLING, OptionalLong.empty()).shortfall().isEmpty());
  }
}
