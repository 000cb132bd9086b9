package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void valid_utf8_is_read_without_warning_and_a_byte_order_mark_is_dropped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Séoul a indiqué".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        var decoded = TextDecoder.decode(both, "a.txt");
        assertThat(decoded.text()).isEqualTo("Séoul a indiqué");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void latin1_or_windows1252_text_is_converted_with_a_warning() throws Exception {
        byte[] bytes = "Séoul a indiqué “vendredi” – 3 000 €".getBytes(Charset.forName("windows-1252"));
        var decoded = TextDecoder.decode(bytes, "old.txt");
        assertThat(decoded.text()).isEqualTo("Séoul a indiqué “vendredi” – 3 000 €");
        assertThat(decoded.warnings()).singleElement().asString()
                .contains("not valid UTF-8").contains("offset 1").contains("Windows-1252");
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read() throws Exception {
        var decoded = TextDecoder.decode("\uFEFFKyiv said".getBytes(StandardCharsets.UTF_16BE), "u16.txt");
        assertThat(decoded.text()).isEqualTo("Kyiv said");
    }

    @Test
    void empty_and_blank_inputs_are_refused_by_name() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "empty.txt"))
                .isInstanceOf(BadInputException.class).hasMessage("empty.txt: empty input: no text to read");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .hasMessageContaining("blank.txt").hasMessageContaining("only white space");
    }

    @Test
    void binary_data_is_refused_by_name() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 + 1);
        }
        binary[100] = 0;
        assertThatThrownBy(() -> TextDecoder.decode(binary, "photo.txt"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("photo.txt").hasMessageContaining("binary data");
    }
}
