package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileReaderTest {

    @Test
    void utf8TextIsDecodedAsIs() {
        assertThat(TextFileReader.decode("第一行\r\n第二行".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextFileReader.Text("第一行\r\n第二行"));
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};

        assertThat(TextFileReader.decode(bytes)).isEqualTo(new TextFileReader.Text("ab"));
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOffsetLineAndColumn() {
        byte[] bytes = "一\n二三".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF; // the middle byte of 三: its first byte starts a broken sequence

        assertThat(TextFileReader.decode(bytes)).isEqualTo(new TextFileReader.Failure(
                "is not valid UTF-8: byte 7 (0xE4) does not form a character; save the file as UTF-8", 2, 2));
    }

    @Test
    void aCharacterCutOffAtTheEndIsNotUtf8() {
        byte[] whole = "ab三".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(TextFileReader.decode(cut)).isInstanceOfSatisfying(TextFileReader.Failure.class,
                f -> assertThat(f.message()).startsWith("is not valid UTF-8: byte 2 (0xE4 0xB8)"));
    }

    @Test
    void anEmptyOrBlankFileIsRefused() {
        assertThat(TextFileReader.decode(new byte[0])).isEqualTo(new TextFileReader.Failure("is empty", 0, 0));
        assertThat(TextFileReader.decode(" \n\t".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextFileReader.Failure("is empty (only white space)", 0, 0));
    }
}
