package io.newstimeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamPositionTest {

  @Test
  void shouldWriteEachTopicsPartitionOffsetsInOrder() {
    StreamPosition position = StreamPosition.start(3, 2);

    position.advance(0, 2, 17);
    position.advance(1, 0, 4);

    assertThat(position.id()).isEqualTo("0,0,17;4,0");
  }

  @Test
  void shouldReadBackTheIdItWrote() {
    StreamPosition position = StreamPosition.parse("12,5,7;3,1,0", 3, 3);

    assertThat(position.next(0, 0)).isEqualTo(12);
    assertThat(position.next(0, 2)).isEqualTo(7);
    assertThat(position.next(1, 1)).isEqualTo(1);
    assertThat(position.id()).isEqualTo("12,5,7;3,1,0");
  }

  @Test
  void shouldRefuseAnIdOfOtherTopicsOrPartitionsWithA400() {
    for (String bad : new String[] {"1,2,3", "1,2;3,4,5", "1,2,x;1,2,3", "1,-2,3;1,2,3", "", "1,2,3;1,2,3;4"}) {
      assertThatThrownBy(() -> StreamPosition.parse(bad, 3, 3)).as(bad)
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining("is not a position of this stream");
    }
  }
}
