/**
 * Reading model files: Jackson parsing, validation with file/line/column for every problem, and anchoring of every
 * quote to character offsets in its seed text.
 */
package dev.faultline.load;
