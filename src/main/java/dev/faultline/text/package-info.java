/** Text handling: Traditional/Simplified script folding, width and case folding, alias indexes, mention finding. */
package dev.faultline.text;
