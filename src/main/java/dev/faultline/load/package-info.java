/**
 * Reading model files: a located JSON tree (Jackson streaming, bounded), validation of every rule of the format with
 * file, line and column for each problem, and anchoring of every quote to UTF-16 offsets in its seed text.
 */
package dev.faultline.load;
