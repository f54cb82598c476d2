package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Điều 8.1–8.2: six grounds, the province for 3★–4★ and the ministry for 5★. */
class RevocationGroundTests {

    @Test
    void sixGroundsAndTheDecidingAuthority() {
        assertThat(RevocationGround.values()).hasSize(6);
        assertThat(RevocationGround.ofLetter("đ")).isEqualTo(RevocationGround.DD);
        assertThat(RevocationGround.authority(3)).isEqualTo(RevocationGround.Authority.PROVINCE);
        assertThat(RevocationGround.authority(4)).isEqualTo(RevocationGround.Authority.PROVINCE);
        assertThat(RevocationGround.authority(5)).isEqualTo(RevocationGround.Authority.MINISTRY);
        assertThatThrownBy(() -> RevocationGround.authority(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachGroundIsThePublicOneOfTheSameLetter() {
        for (RevocationGround g : RevocationGround.values()) {
            assertThat(g.publicGround().name()).isEqualTo(g.name());
            assertThat(g.letter()).isEqualTo(g.publicGround().letter());
        }
        assertThat(ocop.certification.Article8Ground.values()).hasSize(RevocationGround.values().length);
        assertThat(RevocationGround.DD.label()).isEqualTo("Chủ thể không còn sản xuất sản phẩm");
    }
}
