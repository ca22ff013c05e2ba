// The yardstick for the bundle budget: the smallest Phaser game, built with the same Vite settings.
import Phaser from 'phaser';

new Phaser.Game({ type: Phaser.AUTO, width: 320, height: 240, scene: { create() {} } });
