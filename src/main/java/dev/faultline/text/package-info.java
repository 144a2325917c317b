/** Text handling: Traditional/Simplified script folding, width and case folding, alias indexes, mention finding,
 * sentence splitting. */
package dev.faultline.text;
